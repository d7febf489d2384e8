# ParalignEmbedData.cmake: compile the language data under data/lang into C.
#
#   cmake -DDATA_DIR=<source>/data/lang -DOUTPUT=<build>/.../langdata_tables.h \
#         -P ParalignEmbedData.cmake
#
# Every data/lang/<code>/<list>.txt (format: data/lang/README.md) becomes a
# static const array of its entries, and one table names them all by language
# and list, sorted.  lib/text/langdata.c includes the result, so the library
# carries its data and never looks for a file at run time.  lib/CMakeLists.txt
# runs this at build time whenever a data file changes.
cmake_minimum_required(VERSION 3.16)

if(NOT DATA_DIR OR NOT OUTPUT)
  message(FATAL_ERROR "ParalignEmbedData.cmake needs -DDATA_DIR=... and -DOUTPUT=...")
endif()

# A C string literal of an entry: backslashes and quotes escaped; UTF-8 is
# kept as it is (C11 compilers read UTF-8 sources).
function(paralign_c_string out value)
  string(REPLACE "\\" "\\\\" value "${value}")
  string(REPLACE "\"" "\\\"" value "${value}")
  set(${out} "\"${value}\"" PARENT_SCOPE)
endfunction()

# The entries of one list file: trimmed lines, comments and blanks dropped.
# The file is split into lines by hand: CMake lists cut at ';' and brackets,
# so those are refused in entries (and harmless in comments).
function(paralign_read_list out path)
  file(READ "${path}" content)
  string(ASCII 31 sep)
  string(REPLACE ";" "${sep}" content "${content}")
  string(REPLACE "[" "${sep}" content "${content}")
  string(REPLACE "]" "${sep}" content "${content}")
  string(REPLACE "\r" "" content "${content}")
  string(REPLACE "\n" ";" lines "${content}")
  set(entries "")
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line STREQUAL "" OR line MATCHES "^#")
      continue()
    endif()
    if(line MATCHES "[\t${sep}]")
      message(FATAL_ERROR "${path}: an entry may not hold a tab, ';', '[' or ']': '${line}'")
    endif()
    list(APPEND entries "${line}")
  endforeach()
  set(${out} "${entries}" PARENT_SCOPE)
endfunction()

file(GLOB files RELATIVE "${DATA_DIR}" "${DATA_DIR}/*/*.txt")
list(SORT files)
set(arrays "")
set(table "")
set(count 0)
foreach(rel IN LISTS files)
  if(NOT rel MATCHES "^([a-z0-9_]+)/([a-z0-9_]+)\\.txt$")
    message(FATAL_ERROR "data/lang/${rel}: expected <language>/<list>.txt in lower case")
  endif()
  set(lang "${CMAKE_MATCH_1}")
  set(list_name "${CMAKE_MATCH_2}")
  paralign_read_list(entries "${DATA_DIR}/${rel}")
  list(LENGTH entries n)
  set(body "")
  foreach(entry IN LISTS entries)
    paralign_c_string(literal "${entry}")
    string(APPEND body "  ${literal},\n")
  endforeach()
  if(n EQUAL 0)
    set(body "  NULL\n")
  endif()
  string(APPEND arrays "static const char *const langdata_${lang}_${list_name}[] = {\n${body}};\n")
  string(APPEND table "  {\"${lang}\", \"${list_name}\", langdata_${lang}_${list_name}, ${n}},\n")
  math(EXPR count "${count} + 1")
endforeach()
if(count EQUAL 0)
  set(table "  {\"\", \"\", NULL, 0},\n")
endif()

set(text "/* Generated from data/lang by cmake/ParalignEmbedData.cmake: do not edit. */\n")
string(APPEND text "${arrays}\n")
string(APPEND text "/* Every list, sorted by language and list name. */\n")
string(APPEND text "static const langdata_entry LANGDATA[] = {\n${table}};\n")
string(APPEND text "#define LANGDATA_COUNT ((size_t)${count})\n")

# Rewritten only when it changes, so that an unchanged list rebuilds nothing.
set(old "")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUTPUT}" "${text}")
endif()
