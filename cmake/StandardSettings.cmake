# cc_settings: language and sanitizer settings for crosscheck's own targets.
option(CROSSCHECK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_library(cc_settings INTERFACE)
target_compile_features(cc_settings INTERFACE cxx_std_20)
# Debug builds check iterator and bounds preconditions in the standard library.
target_compile_definitions(cc_settings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
if(CROSSCHECK_SANITIZE)
  target_compile_options(cc_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(cc_settings INTERFACE -fsanitize=address,undefined)
endif()
# The CI build type: optimized as a release (Spirit X3 at -O1 runs ten times
# slower, and the sanitized test suite with it), line tables for
# sanitizer stack traces, assertions kept, and much faster to compile than
# RelWithDebInfo (full debug info doubles the time of template-heavy code).
# (project() has already made empty cache entries for these, so an empty
# value is replaced rather than kept.)
if(NOT CMAKE_CXX_FLAGS_CI)
  set(CMAKE_CXX_FLAGS_CI "-O2 -g1" CACHE STRING "C++ flags of the CI build type" FORCE)
endif()
if(NOT CMAKE_C_FLAGS_CI)
  set(CMAKE_C_FLAGS_CI "-O2 -g1" CACHE STRING "C flags of the CI build type" FORCE)
endif()
set(CMAKE_EXE_LINKER_FLAGS_CI "" CACHE STRING "Linker flags of the CI build type")
# Never -ffast-math: interval tolerances rely on IEEE semantics.
