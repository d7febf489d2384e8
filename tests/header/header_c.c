/* The public header must compile alone as strict C11. */
#include "paralign.h"

int main(void) { return paralign_version() == PARALIGN_VERSION ? 0 : 1; }
