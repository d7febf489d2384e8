# Build types "Asan" (AddressSanitizer + UndefinedBehaviorSanitizer) and
# "Ubsan" (UndefinedBehaviorSanitizer alone), both fatal on the first report.
set(_san_common "-O1 -g -fno-omit-frame-pointer -fno-sanitize-recover=all")
set(CMAKE_C_FLAGS_ASAN "${_san_common} -fsanitize=address,undefined"
  CACHE STRING "C flags for the Asan build type" FORCE)
set(CMAKE_EXE_LINKER_FLAGS_ASAN "-fsanitize=address,undefined"
  CACHE STRING "Linker flags for the Asan build type" FORCE)
set(CMAKE_SHARED_LINKER_FLAGS_ASAN "-fsanitize=address,undefined"
  CACHE STRING "Shared linker flags for the Asan build type" FORCE)
set(CMAKE_MODULE_LINKER_FLAGS_ASAN "-fsanitize=address,undefined"
  CACHE STRING "Module linker flags for the Asan build type" FORCE)
set(CMAKE_C_FLAGS_UBSAN "${_san_common} -fsanitize=undefined"
  CACHE STRING "C flags for the Ubsan build type" FORCE)
set(CMAKE_EXE_LINKER_FLAGS_UBSAN "-fsanitize=undefined"
  CACHE STRING "Linker flags for the Ubsan build type" FORCE)
set(CMAKE_SHARED_LINKER_FLAGS_UBSAN "-fsanitize=undefined"
  CACHE STRING "Shared linker flags for the Ubsan build type" FORCE)
set(CMAKE_MODULE_LINKER_FLAGS_UBSAN "-fsanitize=undefined"
  CACHE STRING "Module linker flags for the Ubsan build type" FORCE)
mark_as_advanced(CMAKE_MODULE_LINKER_FLAGS_ASAN CMAKE_MODULE_LINKER_FLAGS_UBSAN CMAKE_C_FLAGS_ASAN CMAKE_EXE_LINKER_FLAGS_ASAN CMAKE_SHARED_LINKER_FLAGS_ASAN
  CMAKE_C_FLAGS_UBSAN CMAKE_EXE_LINKER_FLAGS_UBSAN CMAKE_SHARED_LINKER_FLAGS_UBSAN)
