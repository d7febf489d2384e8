# libexttextcat, optional: n-gram fingerprints that tell the 24 official EU
# languages apart (LibreOffice's language guesser).  Found: the library
# detects all 24.  Not found (or -DPARALIGN_WITH_TEXTCAT=OFF): it tells
# Swedish, Latvian and English by their words, and asks for the language of
# anything else.  Sets PARALIGN_TEXTCAT_DEFINITIONS and PARALIGN_TEXTCAT_LIBRARIES
# for the targets that compile or link the library's sources.
option(PARALIGN_WITH_TEXTCAT "Detect the EU languages with libexttextcat when it is found" ON)

set(PARALIGN_TEXTCAT_DEFINITIONS "")
set(PARALIGN_TEXTCAT_LIBRARIES "")
set(PARALIGN_HAVE_TEXTCAT OFF)
if(PARALIGN_WITH_TEXTCAT)
  pkg_check_modules(TEXTCAT IMPORTED_TARGET libexttextcat)
endif()
if(TEXTCAT_FOUND)
  pkg_get_variable(_paralign_textcat_dir libexttextcat pkgdatadir)
  if(NOT EXISTS "${_paralign_textcat_dir}/en.lm")
    message(WARNING "libexttextcat found, but its fingerprints are not in "
      "${_paralign_textcat_dir} (install libexttextcat-data): detection will fall back "
      "to sv, lv and en where they are missing at run time")
  endif()
  set(PARALIGN_HAVE_TEXTCAT ON)
  set(PARALIGN_TEXTCAT_DEFINITIONS PARALIGN_HAVE_TEXTCAT=1
    "PARALIGN_TEXTCAT_DIR=\"${_paralign_textcat_dir}/\""
    "PARALIGN_TEXTCAT_VERSION=\"${TEXTCAT_VERSION}\"")
  set(PARALIGN_TEXTCAT_LIBRARIES PkgConfig::TEXTCAT)
  message(STATUS "libexttextcat ${TEXTCAT_VERSION}: detecting the 24 official EU languages "
    "(fingerprints in ${_paralign_textcat_dir})")
else()
  message(STATUS "libexttextcat not used: language detection tells sv, lv and en only; "
    "other languages need --langs (apt-get install libexttextcat-dev libexttextcat-data)")
endif()
