#include "ui/aftersales/complaint_dialogs.h"

#include "domain/complaint_states.h"
#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "services/scan_upload.h"
#include "services/workspace.h"
#include "ui/error_label.h"
#include "ui/providers/scan_files.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
template <typename E>
void fill(QComboBox *combo, E selected)
{
    for (E value : domain::allStates<E>())
        combo->addItem(domain::stateDisplayName(value), int(value));
    combo->setCurrentIndex(combo->findData(int(selected)));
}

} // namespace

ComplaintIntakeDialog::ComplaintIntakeDialog(services::Workspace &workspace, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_orderId(orderId)
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_ask(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_photoList(new QListWidget(this))
    , m_error(makeErrorLabel(this))
{
    setWindowTitle(tr("New complaint"));
    setAcceptDrops(true);
    auto *form = new QFormLayout;
    if (orderId) {
        QString number;
        try {
            number = itemmodels::Queries(workspace).orderNumber(orderId);
        } catch (const std::exception &) {
            number = QString::number(orderId);
        }
        form->addRow(tr("Order"), new QLabel(number, this));
    } else {
        m_order = new QLineEdit(this);
        m_order->setObjectName(QStringLiteral("orderNumber"));
        m_order->setPlaceholderText(tr("Order number, e.g. DS261202-0-0001"));
        form->addRow(tr("Order"), m_order);
    }
    fill(m_category, domain::ComplaintCategory::Quality);
    fill(m_severity, domain::ComplaintSeverity::Medium);
    m_ask->addItem(tr("Nothing in particular"), -1);
    for (auto ask : domain::allStates<domain::CustomerAsk>())
        m_ask->addItem(domain::stateDisplayName(ask), int(ask));
    m_description->setPlaceholderText(tr("What happened, in the customer's words"));
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Severity"), m_severity);
    form->addRow(tr("The customer asks for"), m_ask);
    form->addRow(tr("Description"), m_description);
    m_photoList->setObjectName(QStringLiteral("intakePhotos"));
    m_photoList->setMaximumHeight(72);
    m_photoList->setToolTip(tr("PNG, JPEG or PDF, at most %1 MiB each; you can also drop files on the form")
                                .arg(domain::kMaxScanBytes / (1024 * 1024)));
    auto *addPhoto = new QPushButton(tr("Add photo…"), this);
    addPhoto->setObjectName(QStringLiteral("addIntakePhoto"));
    auto *removePhoto = new QPushButton(tr("Remove"), this);
    removePhoto->setObjectName(QStringLiteral("removeIntakePhoto"));
    connect(addPhoto, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add photos"), QString(), tr("Photos and scans (*.png *.jpg *.jpeg *.pdf)"));
        for (const QString &path : paths)
            addPhotoFile(path);
    });
    connect(removePhoto, &QPushButton::clicked, this, &ComplaintIntakeDialog::removeSelectedPhoto);
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(addPhoto);
    photoButtons->addWidget(removePhoto);
    photoButtons->addStretch(1);
    auto *photos = new QHBoxLayout;
    photos->addWidget(m_photoList, 1);
    photos->addLayout(photoButtons);
    form->addRow(tr("Photos"), photos);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, tr("Record complaint")));
}

void ComplaintIntakeDialog::accept()
{
    const auto refuse = [this](const QString &message) { showError(m_error, message); };
    qint64 orderId = m_orderId;
    try {
        if (!orderId) {
            orderId = itemmodels::Queries(m_workspace).orderIdByNumber(m_order->text().trimmed());
            if (!orderId)
                return refuse(tr("There is no order with that number."));
        }
        services::ComplaintIntake intake;
        intake.orderId = orderId;
        intake.category = domain::ComplaintCategory(m_category->currentData().toInt());
        intake.severity = domain::ComplaintSeverity(m_severity->currentData().toInt());
        if (const int ask = m_ask->currentData().toInt(); ask >= 0)
            intake.ask = domain::CustomerAsk(ask);
        intake.description = m_description->toPlainText();
        intake.photos = m_photos;
        const auto opened = services::ComplaintService(m_workspace.services()).open(intake);
        m_complaintId = opened.id;
        m_deadlines = opened.deadlines;
    } catch (const std::exception &e) {
        return refuse(QString::fromUtf8(e.what()));
    }
    QDialog::accept();
}

bool ComplaintIntakeDialog::addPhotoFile(const QString &path)
{
    const ScanFile file = readScanFile(path);
    QString problem = file.error;
    if (problem.isEmpty()) {
        try {
            services::acceptScan(path, file.bytes); // the rules the service applies again when storing
        } catch (const std::exception &e) {
            problem = QString::fromUtf8(e.what());
        }
    }
    if (!problem.isEmpty()) {
        showError(m_error, problem);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    m_photos.append({path, file.bytes});
    auto *item = new QListWidgetItem(tr("%1 (%2 KiB)").arg(name).arg((file.bytes.size() + 1023) / 1024), m_photoList);
    item->setToolTip(QDir::toNativeSeparators(path));
    m_photoList->setCurrentItem(item);
    m_error->hide(); // a refusal shown before no longer applies
    return true;
}

void ComplaintIntakeDialog::removeSelectedPhoto()
{
    const int row = m_photoList->currentRow();
    if (row < 0)
        return;
    delete m_photoList->takeItem(row);
    m_photos.removeAt(row);
}

void ComplaintIntakeDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ComplaintIntakeDialog::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            addPhotoFile(url.toLocalFile());
    event->acceptProposedAction();
}

ComplaintStepDialog::ComplaintStepDialog(const QString &title, const QString &prompt, bool askUpheld, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_text);
    if (askUpheld) {
        m_upheld = new QCheckBox(tr("The complaint is upheld (the provider is held to account under the ledger rules)"), this);
        layout->addWidget(m_upheld);
    }
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, {}));
}

QString ComplaintStepDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool ComplaintStepDialog::upheld() const
{
    return m_upheld && m_upheld->isChecked();
}

void ComplaintStepDialog::askSatisfaction()
{
    if (m_satisfaction)
        return;
    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
    m_satisfaction->addItem(tr("Not asked, or no answer"), -1);
    for (int score = 5; score >= 1; --score)
        m_satisfaction->addItem(satisfactionText(score), score);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("The customer's satisfaction with the resolution:"), this));
    row->addWidget(m_satisfaction, 1);
    // Above the error label and the buttons.
    static_cast<QVBoxLayout *>(layout())->insertLayout(layout()->count() - 2, row);
}

std::optional<int> ComplaintStepDialog::satisfaction() const
{
    const int score = m_satisfaction ? m_satisfaction->currentData().toInt() : -1;
    return score > 0 ? std::optional<int>(score) : std::nullopt;
}

QString satisfactionText(int score)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Satisfaction", "Very unsatisfied"), QT_TRANSLATE_NOOP("Satisfaction", "Unsatisfied"),
                                        QT_TRANSLATE_NOOP("Satisfaction", "Neutral"), QT_TRANSLATE_NOOP("Satisfaction", "Satisfied"),
                                        QT_TRANSLATE_NOOP("Satisfaction", "Very satisfied")};
    if (score < 1 || score > 5)
        return QString::number(score);
    return QCoreApplication::translate("Satisfaction", "%1 (%2/5)").arg(QCoreApplication::translate("Satisfaction", names[score - 1])).arg(score);
}

void ComplaintStepDialog::accept()
{
    if (text().isEmpty()) {
        showError(m_error, tr("Please write something: it goes into the complaint's timeline."));
        return;
    }
    QDialog::accept();
}

} // namespace doorstep::ui
