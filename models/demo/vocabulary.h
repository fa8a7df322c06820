#pragma once
// The realistic material the demo generator draws from: Shanghai's
// districts, birthplace region codes, Chinese names, a 58到家-style service
// catalogue, and the words of ratings and complaints.
#include "domain/complaint_states.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace doorstep::demo {

struct DistrictInfo
{
    const char16_t *adcode;
    const char16_t *name;
    const char16_t *nameEn;
    double lat;
    double lng;
    double radiusKm;
    bool served;             // served by the demo office
    QStringList streets;
};
const QList<DistrictInfo> &shanghaiDistricts();

struct RegionInfo
{
    const char16_t *code; // 6-digit county-level code
    const char16_t *name;
    int weight;
};
const QList<RegionInfo> &birthplaces();

struct QualificationInfo
{
    const char16_t *code;
    const char16_t *name;
    const char16_t *nameEn;
};
const QList<QualificationInfo> &qualificationTypes();

struct ServiceItemInfo
{
    const char16_t *code;
    const char16_t *name;
    const char16_t *nameEn;
    int priceFen;
    int durationMin;
    const char16_t *qualification; // empty: none required
};

struct CategoryInfo
{
    const char16_t *code;
    const char16_t *name;
    const char16_t *nameEn;
    int weight; // share of orders
    QList<ServiceItemInfo> items;
};
const QList<CategoryInfo> &serviceCatalogue();

struct CourseInfo
{
    const char16_t *code;
    const char16_t *title;
    const char16_t *titleEn;
    bool required;
};
const QList<CourseInfo> &courses();

struct AssessmentInfo
{
    const char16_t *code;
    const char16_t *title;
    const char16_t *titleEn;
    int passMark;
};
const QList<AssessmentInfo> &assessments();

QString chineseName(std::mt19937_64 &rng, bool male);
QString residentialAddress(const DistrictInfo &d, std::mt19937_64 &rng);
const QStringList &ratingComments(int stars);
// A complaint's category and what the customer said, as the demo writes them.
struct ComplaintStory
{
    domain::ComplaintCategory category;
    QString text;
};
const QList<ComplaintStory> &complaintStories();
const QStringList &cancellationReasons();
const QStringList &backgroundCheckAgencies();

} // namespace doorstep::demo
