#pragma once
// Settings → the map's tiles (administrators: SettingsEdit): the XYZ URL
// template, its subdomains, whether its tiles are in GCJ-02 (proposed for the
// 高德/腾讯 hosts, see map::TileSource::looksChinese) and the disk cache's
// bound. Saved through services::MapSettings (one audited action); an empty
// address switches tiles off.
#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class TileSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TileSettingsDialog(services::Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *subdomainsEdit() const { return m_subdomains; }
    QCheckBox *gcj02Box() const { return m_gcj02; }

    void accept() override;

private:
    services::Workspace &m_workspace;
    QLineEdit *m_url;
    QLineEdit *m_subdomains;
    QCheckBox *m_gcj02;
    QSpinBox *m_cacheMb;
};

} // namespace doorstep::ui
