#include "ui/map/tile_settings_dialog.h"

#include "map/tile_source.h"
#include "services/map_settings.h"
#include "services/workspace.h"
#include "ui/message_box.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace doorstep::ui {

TileSettingsDialog::TileSettingsDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_url(new QLineEdit(this))
    , m_subdomains(new QLineEdit(this))
    , m_gcj02(new QCheckBox(tr("Tiles are in GCJ-02 (高德, 腾讯 and other Chinese maps)"), this))
    , m_cacheMb(new QSpinBox(this))
{
    setWindowTitle(tr("Map tiles"));
    m_url->setPlaceholderText(QStringLiteral("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"));
    m_subdomains->setPlaceholderText(QStringLiteral("a,b,c"));
    m_cacheMb->setRange(services::MapTileSettings::kMinCacheMb, services::MapTileSettings::kMaxCacheMb);
    m_cacheMb->setSuffix(tr(" MB"));
    try {
        const auto settings = services::MapSettings(workspace.services()).read();
        m_url->setText(settings.source.urlTemplate);
        m_subdomains->setText(settings.source.subdomains.join(QLatin1Char(',')));
        m_gcj02->setChecked(settings.source.gcj02);
        m_cacheMb->setValue(settings.cacheMb);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    // A known Chinese host proposes the offset; the person decides.
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (map::TileSource::looksChinese(text))
            m_gcj02->setChecked(true);
    });
    auto *form = new QFormLayout(this);
    auto *about = new QLabel(tr("An XYZ tile address with {z}, {x} and {y} (and {s} for a subdomain). Leave it empty for no tiles: "
                                "the map then draws the districts on a plain ground. Check the tile provider's terms of use."),
                             this);
    about->setWordWrap(true);
    form->addRow(about);
    form->addRow(tr("Tile address"), m_url);
    form->addRow(tr("Subdomains"), m_subdomains);
    form->addRow(QString(), m_gcj02);
    form->addRow(tr("Disk cache"), m_cacheMb);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TileSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TileSettingsDialog::reject);
    form->addRow(buttons);
}

void TileSettingsDialog::accept()
{
    QStringList subdomains;
    for (const QString &s : m_subdomains->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            subdomains.append(s.trimmed());
    try {
        services::MapSettings(m_workspace.services()).write({m_url->text().trimmed(), subdomains, m_gcj02->isChecked()}, m_cacheMb->value());
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    QDialog::accept();
}

} // namespace doorstep::ui
