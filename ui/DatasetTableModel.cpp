// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetTableModel.h"

#include "core/Log.h"
#include "core/Workspace.h"
#include "formats/FormatSpec.h"
#include "store/Sqlite.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

QString quoted(const QString &identifier)
{
    return QString::fromUtf8(sql::quoteIdentifier(identifier));
}

} // namespace

DatasetTableModel::DatasetTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

void DatasetTableModel::setDataset(const DatasetSummary &dataset)
{
    beginResetModel();
    m_dataset = dataset;
    load();
    endResetModel();
}

void DatasetTableModel::clear()
{
    setDataset({});
}

void DatasetTableModel::refresh()
{
    beginResetModel();
    if (const auto fresh = DatasetStore(m_workspace).dataset(m_dataset.name))
        m_dataset = *fresh; // an import may have added columns
    else
        m_dataset = {};
    load();
    endResetModel();
}

void DatasetTableModel::load()
{
    m_pages.clear();
    m_recent.clear();
    m_rows = 0;
    m_anchors.clear();
    m_dense = true;
    m_firstRow = 0;
    m_select.clear();
    if (m_dataset.table.isEmpty())
        return;

    const QString table = quoted(m_dataset.table);
    QStringList columns;
    for (const FieldSpec &f : std::as_const(m_dataset.fields))
        columns << u"t."_s + quoted(f.name);
    // When a row was taken in and last changed are its files' times.
    columns << u"f.name"_s << u"t._line"_s << u"c.taken_in_at"_s << u"f.taken_in_at"_s;
    m_select = u"SELECT %1 FROM %2 AS t LEFT JOIN files AS f ON f.id = t._file LEFT JOIN files AS c ON c.id = t._created_file "
               "WHERE t._row >= ? ORDER BY t._row LIMIT %3"_s.arg(columns.join(u", "_s), table)
                   .arg(PageSize);

    // Three statements rather than one: SQLite answers a lone count(*) from its smallest
    // index and a lone min() or max() from the end of the rowid tree, but not all at once.
    auto scalar = [this](const QString &sqlText) -> qint64 {
        QSqlQuery q(m_workspace.database());
        q.setForwardOnly(true);
        if (!q.exec(sqlText) || !q.next()) {
            qCWarning(lcStore).noquote() << "cannot read" << m_dataset.name << q.lastError().text();
            return 0;
        }
        return q.value(0).toLongLong();
    };
    const qint64 count = scalar(u"SELECT count(*) FROM %1"_s.arg(table));
    // A view needs an int; two billion rows is far beyond what a workspace holds.
    m_rows = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    if (m_rows == 0)
        return;
    m_firstRow = scalar(u"SELECT min(_row) FROM %1"_s.arg(table));
    const qint64 last = scalar(u"SELECT max(_row) FROM %1"_s.arg(table));
    m_dense = last - m_firstRow + 1 == count;
    if (!m_dense && !computeAnchors())
        m_rows = 0;
}

// Reads every PageSize-th _row once, in SQLite itself, so that only the anchors cross into Qt.
bool DatasetTableModel::computeAnchors()
{
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    const QString sqlText = u"SELECT _row FROM (SELECT _row, row_number() OVER (ORDER BY _row) - 1 AS n FROM %1) "
                            "WHERE n % %2 = 0 ORDER BY _row"_s.arg(quoted(m_dataset.table))
                                .arg(PageSize);
    if (!q.exec(sqlText)) {
        qCWarning(lcStore).noquote() << "cannot index" << m_dataset.name << q.lastError().text();
        return false;
    }
    m_anchors.reserve(m_rows / PageSize + 1);
    while (q.next())
        m_anchors << q.value(0).toLongLong();
    return true;
}

qint64 DatasetTableModel::anchorOf(int page) const
{
    if (m_dense)
        return m_firstRow + qint64(page) * PageSize;
    return m_anchors.value(page, std::numeric_limits<qint64>::max());
}

const DatasetTableModel::Page *DatasetTableModel::page(int index) const
{
    auto it = m_pages.constFind(index);
    if (it != m_pages.constEnd()) {
        if (m_recent.first() != index) {
            m_recent.removeOne(index);
            m_recent.prepend(index);
        }
        return &it.value();
    }

    Page p;
    const int columns = columnCount();
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(m_select);
    q.addBindValue(anchorOf(index));
    if (!q.exec())
        qCWarning(lcStore).noquote() << "cannot read" << m_dataset.name << q.lastError().text();
    p.cells.reserve(PageSize * columns);
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            p.cells << q.value(c);
        ++p.rows;
    }
    ++m_pageLoads;
    while (m_recent.size() >= MaxPages)
        m_pages.remove(m_recent.takeLast());
    m_recent.prepend(index);
    return &m_pages.insert(index, std::move(p)).value();
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_dataset.table.isEmpty())
        return 0;
    return fieldCount() + BookkeepingCount;
}

QString DatasetTableModel::display(int column, const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (column < fieldCount()) {
        const FieldSpec &f = m_dataset.fields.at(column);
        if (f.type == FieldType::Boolean)
            return value.toLongLong() ? tr("true") : tr("false");
        // Several values, stored apart by U+001F: shown as its files write them.
        if (!f.multiValue.isEmpty())
            return value.toString().replace(QChar(0x1f), f.multiValue);
        return value.toString();
    }
    switch (column - fieldCount()) {
    case CreatedAt:
    case UpdatedAt: {
        // Stored in UTC for ordering; shown in the user's time.
        const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : value.toString();
    }
    default: return value.toString();
    }
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const bool bookkeeping = index.column() >= fieldCount();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole: {
        const Page *p = page(index.row() / PageSize);
        const int at = index.row() % PageSize;
        if (at >= p->rows)
            return {};
        const QVariant &value = p->cells.at(at * columnCount() + index.column());
        if (role == Qt::EditRole)
            return value;
        const QString text = display(index.column(), value);
        // Long answers (form free text, error messages) are cut by the column: show them whole.
        return role == Qt::ToolTipRole && text.size() < 40 ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole: {
        const bool number = bookkeeping ? index.column() - fieldCount() == Line
                                        : m_dataset.fields.at(index.column()).type == FieldType::Integer;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ForegroundRole:
        // Bookkeeping is there when needed, not competing with the platform's own columns.
        if (bookkeeping)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    default: break;
    }
    return {};
}

QString DatasetTableModel::bookkeepingHeader(int column) const
{
    switch (column) {
    case File: return tr("File");
    case Line: return tr("Line");
    case CreatedAt: return tr("Taken in");
    case UpdatedAt: return tr("Updated");
    default: return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    const bool bookkeeping = section >= fieldCount();
    switch (role) {
    case Qt::DisplayRole:
        if (bookkeeping)
            return bookkeepingHeader(section - fieldCount());
        return m_dataset.fields.at(section).header.isEmpty() ? m_dataset.fields.at(section).name
                                                             : m_dataset.fields.at(section).header;
    case Qt::ToolTipRole: {
        if (bookkeeping) {
            static const char *const why[] = {
                QT_TR_NOOP("The file the row's current values came from"),
                QT_TR_NOOP("The line of that file"),
                QT_TR_NOOP("When the row was first taken in"),
                QT_TR_NOOP("When the row last changed"),
            };
            return tr(why[section - fieldCount()]);
        }
        const FieldSpec &f = m_dataset.fields.at(section);
        if (!f.multiValue.isEmpty())
            return tr("Field %1, %2, several values separated by “%3” (right-click to change)")
                .arg(f.name, fieldTypeName(f.type), f.multiValue);
        if (f.type == FieldType::Text && !findDerived(m_dataset.name))
            return tr("Field %1, %2 (right-click if it holds several values)").arg(f.name, fieldTypeName(f.type));
        return tr("Field %1, %2").arg(f.name, fieldTypeName(f.type));
    }
    case Qt::ForegroundRole:
        if (bookkeeping)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    default: break;
    }
    return {};
}

} // namespace wb::ui
