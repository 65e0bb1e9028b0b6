# cc_warnings: warning flags for crosscheck's own code only (never for
# third-party headers, which are included as SYSTEM).
option(CROSSCHECK_WERROR "Treat warnings as errors" OFF)
add_library(cc_warnings INTERFACE)
target_compile_options(cc_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # Spirit X3 sequences trip -Wmaybe-uninitialized on optional attributes.
  target_compile_options(cc_warnings INTERFACE -Wno-maybe-uninitialized)
endif()
if(CROSSCHECK_WERROR)
  target_compile_options(cc_warnings INTERFACE -Werror)
endif()
