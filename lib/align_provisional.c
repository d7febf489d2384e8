/* align_provisional.c: PROVISIONAL: to be replaced by align.c and the writers. */
#include "error.h"
#include "paralign.h"

int paralign_align(const paralign_document *const *docs, size_t ndocs,
                   const paralign_align_options *opts, const paralign_mem *mem,
                   paralign_alignment **out, paralign_error *err) {
  (void)docs; (void)ndocs; (void)opts; (void)mem;
  if (out)
    *out = NULL;
  return paralign_error_set(err, PARALIGN_ERR_INTERNAL, "alignment is not built yet");
}
void paralign_alignment_free(paralign_alignment *al) { (void)al; }
size_t paralign_alignment_document_count(const paralign_alignment *al) { (void)al; return 0; }
const paralign_document *paralign_alignment_document(const paralign_alignment *al, size_t d) {
  (void)al; (void)d; return NULL;
}
size_t paralign_alignment_count(const paralign_alignment *al) { (void)al; return 0; }
int paralign_alignment_range(const paralign_alignment *al, size_t u, size_t d, size_t *first,
                             size_t *count) {
  (void)al; (void)u; (void)d; (void)first; (void)count;
  return PARALIGN_ERR_INVALID_ARGUMENT;
}
double paralign_alignment_score(const paralign_alignment *al, size_t u) { (void)al; (void)u; return 0; }
unsigned paralign_alignment_flags(const paralign_alignment *al, size_t u) { (void)al; (void)u; return 0; }
double paralign_alignment_parallelism(const paralign_alignment *al) { (void)al; return 0; }
int paralign_alignment_write(const paralign_alignment *al, paralign_format format,
                             const paralign_write_options *opts, paralign_write_fn fn, void *ctx,
                             paralign_error *err) {
  (void)al; (void)format; (void)opts; (void)fn; (void)ctx;
  return paralign_error_set(err, PARALIGN_ERR_INTERNAL, "writing is not built yet");
}
