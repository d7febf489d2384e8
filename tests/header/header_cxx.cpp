// The public header must compile as C++.
#include "paralign.h"

int main() {
  paralign_error err = PARALIGN_ERROR_INIT;
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  (void)ro;
  return err.code;
}
