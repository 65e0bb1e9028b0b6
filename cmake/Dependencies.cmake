# Every dependency comes from Debian/Ubuntu packages (see docs/dependencies.md).
find_package(Boost 1.74 REQUIRED)                 # libboost-dev: Spirit X3 (header-only)
find_package(SQLite3 REQUIRED)                    # libsqlite3-dev
find_package(nlohmann_json 3.10 REQUIRED)         # nlohmann-json3-dev
find_package(PkgConfig REQUIRED)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libcgraph libgvc)  # libgraphviz-dev
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)                 # libgumbo-dev: HTML5 parser
pkg_check_modules(GEONAMES REQUIRED IMPORTED_TARGET geonames)           # libgeonames-dev: GeoNames cities
if(CROSSCHECK_BUILD_TESTS)
  find_package(doctest REQUIRED)                  # doctest-dev
endif()
