/* cli_paths.h: what a path names, for telling whether an output would
 * replace an input, the manifest or another output (whatever the spelling:
 * "a.txt", "./a.txt", "sub/../a.txt", a symbolic or a hard link), and
 * whether it stays inside an output directory. */
#ifndef PARALIGN_CLI_PATHS_H
#define PARALIGN_CLI_PATHS_H

#include <sys/types.h>

/* A file by device and inode.  A file that does not exist yet is named by
 * its deepest existing directory (device and inode) and the rest of the path
 * below it, so that two spellings of one future file compare equal too. */
typedef struct cli_file_id {
  dev_t dev;
  ino_t ino;
  char *rest;  /* "" when the file exists; "sub/x.tmx" below the directory (malloc'ed) */
  int regular; /* an existing regular file */
} cli_file_id;

/* The identity of what path names, after its symbolic links.  Returns 0, or
 * ENOMEM. */
int cli_file_id_of(const char *path, cli_file_id *id);
/* The identity of an open file descriptor (standard input or output): 0, or
 * an errno value. */
int cli_file_id_of_fd(int fd, cli_file_id *id);
/* qsort order; 0 when a and b name the same file. */
int cli_file_id_compare(const cli_file_id *a, const cli_file_id *b);
void cli_file_id_free(cli_file_id *id);

/* Where writing to path really goes.  Symbolic links in its last component
 * are followed (at most 40): *target is the path finally named (malloc'ed;
 * NULL when out of memory).  *fd is N when the links lead to the process's
 * own open file N (/dev/stdout, /proc/self/fd/1, /dev/fd/3), else -1;
 * *in_proc is set when they lead into /proc, where nothing may be renamed. */
void cli_follow_links(const char *path, char **target, int *fd, int *in_proc);

/* Whether path (resolved through every symbolic link, existing or not) lies
 * inside directory dir (resolved the same way).  1 inside, 0 outside, -1
 * out of memory, -2 a directory on the way cannot be resolved (EACCES). */
int cli_path_inside(const char *path, const char *dir);

#endif
