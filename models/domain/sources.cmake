add_library(doorstep_domain STATIC
    ${CMAKE_CURRENT_LIST_DIR}/arrival_window.cpp ${CMAKE_CURRENT_LIST_DIR}/arrival_window.h
    ${CMAKE_CURRENT_LIST_DIR}/business_calendar.cpp ${CMAKE_CURRENT_LIST_DIR}/business_calendar.h
    ${CMAKE_CURRENT_LIST_DIR}/complaint_states.h
    ${CMAKE_CURRENT_LIST_DIR}/geo.cpp ${CMAKE_CURRENT_LIST_DIR}/geo.h
    ${CMAKE_CURRENT_LIST_DIR}/idnumber.cpp ${CMAKE_CURRENT_LIST_DIR}/idnumber.h
    ${CMAKE_CURRENT_LIST_DIR}/masking.cpp ${CMAKE_CURRENT_LIST_DIR}/masking.h
    ${CMAKE_CURRENT_LIST_DIR}/mobile.cpp ${CMAKE_CURRENT_LIST_DIR}/mobile.h
    ${CMAKE_CURRENT_LIST_DIR}/money.h
    ${CMAKE_CURRENT_LIST_DIR}/phone_search.cpp ${CMAKE_CURRENT_LIST_DIR}/phone_search.h
    ${CMAKE_CURRENT_LIST_DIR}/office_time.cpp ${CMAKE_CURRENT_LIST_DIR}/office_time.h
    ${CMAKE_CURRENT_LIST_DIR}/provider_checks.cpp ${CMAKE_CURRENT_LIST_DIR}/provider_checks.h
    ${CMAKE_CURRENT_LIST_DIR}/provider_states.cpp ${CMAKE_CURRENT_LIST_DIR}/provider_states.h
    ${CMAKE_CURRENT_LIST_DIR}/regions.cpp ${CMAKE_CURRENT_LIST_DIR}/regions.h
    ${CMAKE_CURRENT_LIST_DIR}/scan_format.cpp ${CMAKE_CURRENT_LIST_DIR}/scan_format.h
    ${CMAKE_CURRENT_LIST_DIR}/order_lifecycle.cpp ${CMAKE_CURRENT_LIST_DIR}/order_lifecycle.h)
target_include_directories(doorstep_domain PUBLIC ${PROJECT_SOURCE_DIR}/models)
target_link_libraries(doorstep_domain PUBLIC Qt6::Core PRIVATE doorstep_flags)
