/* buf.c: growable byte buffer. */
#include "base/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

void paralign_buf_init(paralign_buf *b, const paralign_mem *mem) {
  b->mem = mem;
  b->data = NULL;
  b->len = b->cap = 0;
  b->failed = 0;
}

void paralign_buf_free(paralign_buf *b) {
  paralign_mem_free(b->mem, b->data);
  paralign_buf_init(b, b->mem);
}

void paralign_buf_clear(paralign_buf *b) {
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

int paralign_buf_reserve(paralign_buf *b, size_t extra) {
  if (b->failed)
    return -1;
  if (extra > SIZE_MAX - b->len - 1) {
    b->failed = 1;
    return -1;
  }
  if (b->len + extra < b->cap) /* the common case: room enough */
    return 0;
  void *p = b->data;
  if (paralign_mem_grow(b->mem, &p, &b->cap, b->len + extra + 1, 1) != 0) {
    b->failed = 1;
    return -1;
  }
  b->data = p;
  return 0;
}

int paralign_buf_reserve_large(paralign_buf *b, size_t extra) {
  void *p = b->data;
  if (b->failed || extra > SIZE_MAX - b->len - 1 ||
      paralign_mem_reserve(b->mem, &p, &b->cap, b->len + extra + 1, 1) != 0) {
    b->failed = 1;
    return -1;
  }
  b->data = p;
  return 0;
}

int paralign_buf_fit(paralign_buf *b) {
  void *p = b->data;
  if (b->failed || paralign_mem_fit(b->mem, &p, &b->cap, b->len + 1, 1) != 0) {
    b->failed = 1;
    return -1;
  }
  b->data = p;
  return 0;
}

int paralign_buf_append(paralign_buf *b, const char *s, size_t len) {
  if (paralign_buf_reserve(b, len) != 0)
    return -1;
  if (len)
    memcpy(b->data + b->len, s, len);
  b->len += len;
  b->data[b->len] = '\0';
  return 0;
}

int paralign_buf_puts(paralign_buf *b, const char *s) {
  return paralign_buf_append(b, s, strlen(s));
}

int paralign_buf_putc(paralign_buf *b, char c) { return paralign_buf_append(b, &c, 1); }

int paralign_buf_printf(paralign_buf *b, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0)
    return -1;
  if ((size_t)n < sizeof small)
    return paralign_buf_append(b, small, (size_t)n);
  if (paralign_buf_reserve(b, (size_t)n) != 0)
    return -1;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 0;
}

int paralign_buf_put_uint(paralign_buf *b, unsigned long long v) {
  char digits[24];
  size_t n = sizeof digits;
  do
    digits[--n] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  return paralign_buf_append(b, digits + n, sizeof digits - n);
}

int paralign_buf_put_utf8(paralign_buf *b, long cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) {
    u[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6));
    u[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return paralign_buf_append(b, u, n);
}

char *paralign_buf_detach(paralign_buf *b, size_t *len) {
  if (!b->data && paralign_buf_reserve(b, 0) != 0)
    return NULL;
  char *d = b->data;
  if (len)
    *len = b->len;
  paralign_buf_init(b, b->mem);
  return d;
}
