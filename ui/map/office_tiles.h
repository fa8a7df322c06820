#pragma once
// The office's tiles for a map widget: a fetcher over the one disk cache of
// this console (shared by every map, so its size bound holds), or null when
// the office has none configured; `problem` says when a stored setting is wrong.
#include <QString>

class QObject;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::map {
class TileFetcher;
}

namespace doorstep::ui {

struct OfficeTiles
{
    map::TileFetcher *fetcher = nullptr; // owned by the parent given
    QString problem;
};

OfficeTiles officeTiles(services::Workspace &workspace, QObject *parent);

} // namespace doorstep::ui
