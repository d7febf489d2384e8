# paralign_add_warnings(target): the project's warning set, applied PRIVATE so
# that it never leaks into consumers of the library.
function(paralign_add_warnings target)
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic -Wshadow
      -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Wwrite-strings -Wcast-qual -Wvla
      -Wno-unused-parameter)
    if(PARALIGN_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
