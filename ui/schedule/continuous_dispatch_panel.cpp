#include "ui/schedule/continuous_dispatch_panel.h"

#include "itemmodels/continuous_dispatch.h"
#include "itemmodels/continuous_dispatch_model.h"
#include "ui/message_box.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::ContinuousDispatchModel;
using services::ContinuousDispatchMode;

ContinuousDispatchPanel::ContinuousDispatchPanel(itemmodels::ContinuousDispatch *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_model(new ContinuousDispatchModel(source, this))
    , m_mode(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_mode->setObjectName(QStringLiteral("continuousMode"));
    m_mode->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("continuousEntries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mode);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { updateButtons(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { updateButtons(topLeft.row(), bottomRight.row()); });
    connect(source, &itemmodels::ContinuousDispatch::runFinished, this, &ContinuousDispatchPanel::refreshMode);
    connect(source, &itemmodels::ContinuousDispatch::runFailed, this, [this](const QString &message) {
        m_mode->setText(tr("Continuous auto-dispatch could not run: %1").arg(message));
    });
    refreshMode();
}

void ContinuousDispatchPanel::refreshMode()
{
    switch (m_source->mode()) {
    case ContinuousDispatchMode::Off:
        m_mode->setText(tr("Continuous auto-dispatch is off: new orders wait for you. An administrator can switch it on in the"
                           " auto-dispatch settings."));
        break;
    case ContinuousDispatchMode::Propose:
        m_mode->setText(tr("Continuous auto-dispatch proposes a provider for each new order; accept a proposal with its button."));
        break;
    case ContinuousDispatchMode::Assign:
        m_mode->setText(tr("Continuous auto-dispatch assigns new orders as they arrive; each row says why."));
        break;
    }
}

QWidget *ContinuousDispatchPanel::acceptButton(int row) const
{
    return m_view->indexWidget(m_model->index(row, ContinuousDispatchModel::Result));
}

// A proposed row shows its Accept button in the Result column; once the
// proposal is accepted, refused or gone the column shows what became of it.
void ContinuousDispatchPanel::updateButtons(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, ContinuousDispatchModel::Result);
        const bool proposed = index.data(ContinuousDispatchModel::ProposedRole).toBool();
        if (!proposed) {
            if (m_view->indexWidget(index))
                m_view->setIndexWidget(index, nullptr);
            continue;
        }
        if (m_view->indexWidget(index))
            continue;
        auto *button = new QPushButton(tr("Accept"), m_view);
        button->setToolTip(tr("Assign as proposed: %1").arg(m_model->index(row, ContinuousDispatchModel::Why).data().toString()));
        const qint64 orderId = index.data(ContinuousDispatchModel::OrderIdRole).toLongLong();
        connect(button, &QPushButton::clicked, this, [this, orderId] { accept(orderId); });
        m_view->setIndexWidget(index, button);
    }
}

void ContinuousDispatchPanel::accept(qint64 orderId)
{
    try {
        m_source->acceptProposal(orderId);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

} // namespace doorstep::ui
