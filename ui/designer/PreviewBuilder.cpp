// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewBuilder.h"

#include "export/PreviewReader.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace wb::ui {

PreviewBuilder::PreviewBuilder(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_reader(std::make_unique<PreviewReader>(workspacePath))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(u"preview"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

PreviewBuilder::~PreviewBuilder()
{
    // Everything still queued is skipped; the one under way finishes (it is LIMIT-bound), and
    // its result, posted to this object, is discarded with it.
    m_latest->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
    // The thread has stopped: its objects, and the reader's connection, can go from here.
    delete m_worker;
    m_reader.reset();
}

void PreviewBuilder::request(const ExportDefinition &definition, int rows)
{
    const quint64 generation = ++m_requested;
    m_latest->store(generation);
    PreviewReader *reader = m_reader.get();
    QMetaObject::invokeMethod(
        m_worker,
        [this, reader, latest = m_latest, generation, definition, rows] {
            if (latest->load() != generation)
                return; // a newer request is queued behind this one
            const ExportPreview preview = reader->build(definition, rows);
            if (latest->load() != generation)
                return;
            QMetaObject::invokeMethod(
                this, [this, generation, preview, definition] { deliver(generation, preview, definition); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void PreviewBuilder::cancel()
{
    m_latest->store(++m_requested);
    m_shown = m_requested;
}

void PreviewBuilder::deliver(quint64 generation, const ExportPreview &preview, const ExportDefinition &definition)
{
    // The user changed the definition again while this one was read.
    if (generation != m_requested)
        return;
    m_shown = generation;
    Q_EMIT ready(preview, definition);
}

} // namespace wb::ui
