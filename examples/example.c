/* example.c: align two language versions and print each unit's first words.
 * Build against the installed library with CMake (see CMakeLists.txt here) or
 *   cc example.c $(pkg-config --cflags --libs paralign) */
#include <stdio.h>

#include <paralign.h>

static int fail(const paralign_error *err) {
  fprintf(stderr, "error: %s%s%s\n", err->file, err->file[0] ? ": " : "", err->message);
  return 1;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s FILE FILE\n", argv[0]);
    return 2;
  }
  paralign_error err = PARALIGN_ERROR_INIT;
  paralign_document *docs[2] = {NULL, NULL};
  paralign_alignment *al = NULL;
  int status = 1;
  for (int i = 0; i < 2; i++)
    if (paralign_document_read_file(argv[i + 1], NULL, NULL, &docs[i], &err) != PARALIGN_OK)
      goto done;
  if (paralign_align((const paralign_document *const *)docs, 2, NULL, NULL, &al, &err) !=
      PARALIGN_OK)
    goto done;
  printf("units: %zu\n", paralign_alignment_count(al));
  for (size_t u = 0; u < paralign_alignment_count(al) && u < 5; u++) {
    for (size_t d = 0; d < 2; d++) {
      size_t first, count;
      paralign_alignment_range(al, u, d, &first, &count);
      const paralign_paragraph *p = paralign_document_get(docs[d], first);
      printf("  [%s] %.60s\n", paralign_document_lang(docs[d]),
             count && p ? paralign_paragraph_text(p) : "-");
    }
  }
  status = 0;
done:
  if (status)
    fail(&err);
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
  return status;
}
