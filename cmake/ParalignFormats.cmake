# ParalignFormats.cmake: find the libraries of the optional document readers.
#
# Sets PARALIGN_HAVE_PDF, PARALIGN_HAVE_DOCX and PARALIGN_HAVE_HTML, the
# imported targets PkgConfig::PARALIGN_POPPLER, PkgConfig::PARALIGN_LIBXML2 and
# PkgConfig::PARALIGN_LIBZIP when found, and PARALIGN_FORMAT_PC_REQUIRES (the
# pkg-config modules a static libparalign needs besides ICU and utf8proc).

# paralign_format_check(OPTION): OPTION is AUTO, ON or OFF.
function(paralign_format_check name)
  string(TOUPPER "${${name}}" value)
  if(NOT value MATCHES "^(AUTO|ON|OFF|TRUE|FALSE|YES|NO|1|0)$")
    message(FATAL_ERROR "${name} must be AUTO, ON or OFF, not '${${name}}'")
  endif()
endfunction()

# paralign_find_module(VAR MODULE OPTION): pkg-config MODULE as PkgConfig::VAR,
# unless OPTION is off; fatal when OPTION is ON and it is missing.
macro(paralign_find_module var module option)
  paralign_format_check(${option})
  string(TOUPPER "${${option}}" _paralign_want)
  if(NOT _paralign_want MATCHES "^(OFF|FALSE|NO|0)$" AND NOT TARGET PkgConfig::${var})
    pkg_check_modules(${var} QUIET IMPORTED_TARGET ${module})
    if(NOT ${var}_FOUND AND NOT _paralign_want STREQUAL "AUTO")
      message(FATAL_ERROR "${option} is ${${option}} but ${module} was not found")
    endif()
  endif()
endmacro()

paralign_find_module(PARALIGN_POPPLER poppler-glib PARALIGN_WITH_PDF)
paralign_find_module(PARALIGN_LIBXML2 libxml-2.0 PARALIGN_WITH_DOCX)
paralign_find_module(PARALIGN_LIBZIP libzip PARALIGN_WITH_DOCX)
paralign_find_module(PARALIGN_LIBXML2 libxml-2.0 PARALIGN_WITH_HTML)

# A format is built when its option allows it and every library it needs is found.
function(paralign_format_enabled out option)
  string(TOUPPER "${${option}}" want)
  set(ok TRUE)
  if(want MATCHES "^(OFF|FALSE|NO|0)$")
    set(ok FALSE)
  endif()
  foreach(var ${ARGN})
    if(NOT ${var}_FOUND)
      set(ok FALSE)
    endif()
  endforeach()
  set(${out} ${ok} PARENT_SCOPE)
endfunction()
paralign_format_enabled(PARALIGN_HAVE_PDF PARALIGN_WITH_PDF PARALIGN_POPPLER)
paralign_format_enabled(PARALIGN_HAVE_DOCX PARALIGN_WITH_DOCX PARALIGN_LIBXML2 PARALIGN_LIBZIP)
paralign_format_enabled(PARALIGN_HAVE_HTML PARALIGN_WITH_HTML PARALIGN_LIBXML2)

set(PARALIGN_FORMAT_PC_REQUIRES "")
set(PARALIGN_FORMAT_TARGETS "")
if(PARALIGN_HAVE_PDF)
  list(APPEND PARALIGN_FORMAT_PC_REQUIRES poppler-glib)
  list(APPEND PARALIGN_FORMAT_TARGETS PkgConfig::PARALIGN_POPPLER)
endif()
if(PARALIGN_HAVE_DOCX OR PARALIGN_HAVE_HTML)
  list(APPEND PARALIGN_FORMAT_PC_REQUIRES libxml-2.0)
  list(APPEND PARALIGN_FORMAT_TARGETS PkgConfig::PARALIGN_LIBXML2)
endif()
if(PARALIGN_HAVE_DOCX)
  list(APPEND PARALIGN_FORMAT_PC_REQUIRES libzip)
  list(APPEND PARALIGN_FORMAT_TARGETS PkgConfig::PARALIGN_LIBZIP)
endif()
set(_paralign_formats text)
foreach(f PDF DOCX HTML)
  if(PARALIGN_HAVE_${f})
    string(TOLOWER ${f} _f)
    list(APPEND _paralign_formats ${_f})
  endif()
endforeach()
string(REPLACE ";" ", " _paralign_formats "${_paralign_formats}")
message(STATUS "paralign reads: ${_paralign_formats}")
if(BUILD_SHARED_LIBS AND PARALIGN_FORMAT_MODULES AND PARALIGN_FORMAT_TARGETS)
  message(STATUS "paralign's readers of PDF, DOCX and HTML are modules, loaded when first needed")
  # the shared library itself needs none of the readers' libraries
  set(PARALIGN_FORMAT_PC_REQUIRES "")
endif()

# For the installed package: the pkg-config modules a static libparalign
# needs (paralign.pc's Requires.private), and the imported targets the CMake
# package must recreate before paralignTargets.cmake names them.
string(REPLACE ";" " " PARALIGN_FORMAT_PC_REQUIRES_STR "${PARALIGN_FORMAT_PC_REQUIRES}")
set(PARALIGN_CONFIG_FORMAT_DEPS "")
foreach(pair "PARALIGN_POPPLER;poppler-glib" "PARALIGN_LIBXML2;libxml-2.0" "PARALIGN_LIBZIP;libzip")
  list(GET pair 0 var)
  list(GET pair 1 module)
  if(TARGET PkgConfig::${var} AND "${module}" IN_LIST PARALIGN_FORMAT_PC_REQUIRES)
    string(APPEND PARALIGN_CONFIG_FORMAT_DEPS
      "  pkg_check_modules(${var} REQUIRED IMPORTED_TARGET ${module})\n")
  endif()
endforeach()
