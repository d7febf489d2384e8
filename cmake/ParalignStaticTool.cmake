# The paralign tool of a shared build, with the library and the libraries it
# needs built into the program: utf8proc, libexttextcat and jansson; and ICU,
# with its data and the C++ runtime it is written in, built into a module of
# the tool's own (paralign-icu.so, lib/text/icu_calls.h), loaded the first
# time the library calls ICU.  A short run (one document pair) spends most
# of its time starting up: linked to the shared libraries, most of that is
# the dynamic loader relocating and binding ICU and libstdc++; with ICU built
# into the program, the loader rewriting ICU's tables of pointers (140 KB)
# at every start, which most runs never read.
# The reader modules (libparalign-pdf.so.0...) stay modules, found beside the
# installed library, and programs of other people still link the shared
# library.  Used when every static archive is found; else the tool links the
# shared libraries as before.  Sets PARALIGN_STATIC_TOOL_LIBS (the tool's),
# PARALIGN_STATIC_TOOL_ICU_LIBS (the ICU module's) and
# PARALIGN_STATIC_TOOL_ACTIVE.
option(PARALIGN_STATIC_TOOL "Build utf8proc, libexttextcat and jansson into the paralign tool, and ICU into its module paralign-icu.so (shared builds; faster start-up)" ON)

# Placed anywhere (PIE), a program's tables of pointers are rewritten by the
# loader at each start; placed at a fixed address, they are read from the
# file as they are.  Since ICU is in its module, the tool's own are 18 KB.
# The libraries, heap and stack are placed at random either way; ON (the
# default) keeps the program's own code at a random place too: the tool
# reads documents from anywhere (PDF, DOCX, HTML), and a program placed at
# random is the harder one to attack through them.
option(PARALIGN_STATIC_TOOL_PIE "Link the paralign tool that carries the library as a position-independent executable (OFF: faster start-up, its code at a fixed address)" ON)

# Placed anywhere, the relocations of code that carries ICU (the tool, when
# it carried ICU; now its ICU module) are nearly all of one kind (a pointer
# plus the load address): 12,000 of them, 290 KB of records the loader reads
# at each start.  Packed (-z pack-relative-relocs, DT_RELR: binutils 2.38,
# glibc 2.36) they take 2 KB and the loader spends half the cycles; the seed
# pair's whole `align` took x0.94 the CPU time.  Used when a program so
# linked is seen to run here: an older C library refuses to load one.
function(paralign_check_packed_relocs var)
  include(CheckCSourceRuns)
  set(CMAKE_REQUIRED_LINK_OPTIONS -Wl,-z,pack-relative-relocs)
  set(CMAKE_REQUIRED_QUIET ON)
  check_c_source_runs("static int x; static int *p = &x; int main(void) { return *p; }" ${var})
endfunction()

set(PARALIGN_STATIC_TOOL_ACTIVE OFF)
set(PARALIGN_STATIC_TOOL_LIBS "")
set(PARALIGN_STATIC_TOOL_ICU_LIBS "")

# The static archive of a library, or why not in _paralign_static_missing.
function(paralign_find_archive var name)
  find_library(${var} NAMES lib${name}.a)
  if(NOT ${var})
    set(_paralign_static_missing "${_paralign_static_missing} lib${name}.a" PARENT_SCOPE)
  endif()
endfunction()

if(PARALIGN_STATIC_TOOL AND BUILD_SHARED_LIBS AND PARALIGN_FORMAT_MODULES)
  set(_paralign_static_missing "")
  # i18n before uc before data: a static link resolves left to right.
  paralign_find_archive(PARALIGN_ICUI18N_ARCHIVE icui18n)
  paralign_find_archive(PARALIGN_ICUUC_ARCHIVE icuuc)
  paralign_find_archive(PARALIGN_ICUDATA_ARCHIVE icudata)
  paralign_find_archive(PARALIGN_UTF8PROC_ARCHIVE utf8proc)
  paralign_find_archive(PARALIGN_JANSSON_ARCHIVE jansson)
  set(_paralign_archives ${PARALIGN_ICUI18N_ARCHIVE} ${PARALIGN_ICUUC_ARCHIVE}
    ${PARALIGN_ICUDATA_ARCHIVE} ${PARALIGN_UTF8PROC_ARCHIVE} ${PARALIGN_JANSSON_ARCHIVE})
  if(PARALIGN_HAVE_TEXTCAT)
    paralign_find_archive(PARALIGN_TEXTCAT_ARCHIVE exttextcat-2.0)
    list(APPEND _paralign_archives ${PARALIGN_TEXTCAT_ARCHIVE})
  endif()
  # The C++ runtime comes with the compiler, not from a library path.
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libstdc++.a
    OUTPUT_VARIABLE PARALIGN_STDCXX_ARCHIVE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT IS_ABSOLUTE "${PARALIGN_STDCXX_ARCHIVE}" OR NOT EXISTS "${PARALIGN_STDCXX_ARCHIVE}")
    set(_paralign_static_missing "${_paralign_static_missing} libstdc++.a")
  endif()
  if(_paralign_static_missing STREQUAL "")
    set(PARALIGN_STATIC_TOOL_ACTIVE ON)
    # ICU and the C++ runtime go into the tool's ICU module (lib/text/icu_calls.h), the
    # rest into the tool.
    set(PARALIGN_STATIC_TOOL_ICU_LIBS ${PARALIGN_ICUI18N_ARCHIVE} ${PARALIGN_ICUUC_ARCHIVE}
      ${PARALIGN_ICUDATA_ARCHIVE} ${PARALIGN_STDCXX_ARCHIVE} ${CMAKE_DL_LIBS} Threads::Threads m)
    list(REMOVE_ITEM _paralign_archives ${PARALIGN_ICUI18N_ARCHIVE} ${PARALIGN_ICUUC_ARCHIVE}
      ${PARALIGN_ICUDATA_ARCHIVE})
    set(PARALIGN_STATIC_TOOL_LIBS ${_paralign_archives} ${CMAKE_DL_LIBS} Threads::Threads m)
    message(STATUS "paralign tool: utf8proc, jansson and libexttextcat built in; ICU and "
      "libstdc++ in its module paralign-icu.so, loaded when a run needs ICU")
  else()
    message(STATUS "paralign tool: linked against the shared libraries (not found:"
      "${_paralign_static_missing})")
  endif()
endif()

# The tool that carries the library is linked with link-time optimisation
# (GCC): the reader asks small questions of every line (its last word, its
# final stop, its label) through functions of other files, which a link-time
# optimiser inlines; `paragraphs` on 20 MB of PDF-style text takes about 4 %
# fewer instructions.  The library's objects then carry GCC's intermediate
# code besides their machine code (-ffat-lto-objects), so the shared library,
# the tests and the fuzzers link them as before.  Release builds only: the
# sanitizer and debug builds keep their one compilation.
option(PARALIGN_TOOL_LTO "Link the paralign tool that carries the library with link-time optimisation (GCC, Release builds)" ON)
set(PARALIGN_TOOL_LTO_ACTIVE OFF)
if(PARALIGN_TOOL_LTO AND PARALIGN_STATIC_TOOL_ACTIVE AND CMAKE_C_COMPILER_ID STREQUAL "GNU"
   AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$")
  set(PARALIGN_TOOL_LTO_ACTIVE ON)
  message(STATUS "paralign tool: linked with link-time optimisation")
endif()
