# Time-window routing engine (models/dispatch/routing).
doorstep_add_test(tst_routing SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_routing.cpp LIBS doorstep_dispatch_routing)
