// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportPreview.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace wb {
class PreviewReader;
}

namespace wb::ui {

// Builds the designer's previews on a thread of its own, one at a time, on one connection
// kept open there (PreviewReader): the GUI never waits for SQLite, and every preview after
// the first finds the dataset's pages warm.
//
// Only the newest request matters. A request the worker has not started yet when a newer
// one comes is skipped; a result that arrives after a newer request was made is dropped.
// Destroying the builder waits for the preview under way (a LIMIT-bound read) and stops
// the thread.
class PreviewBuilder : public QObject
{
    Q_OBJECT

public:
    explicit PreviewBuilder(const QString &workspacePath, QObject *parent = nullptr);
    ~PreviewBuilder() override;

    // Supersedes every earlier request.
    void request(const ExportDefinition &definition, int rows = 10);
    // Drops the requests not yet shown (e.g. when the preview has nothing to read).
    void cancel();
    // A request is waiting for its result.
    bool isBusy() const { return m_shown != m_requested; }

Q_SIGNALS:
    // The newest request's preview, on the GUI thread.
    void ready(const wb::ExportPreview &preview, const wb::ExportDefinition &definition);

private:
    void deliver(quint64 generation, const ExportPreview &preview, const ExportDefinition &definition);

    QThread m_thread;
    QObject *m_worker; // lives on m_thread; the reader is only touched there
    std::unique_ptr<PreviewReader> m_reader;
    // Read by the worker to skip superseded requests, hence shared and atomic.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_requested = 0;
    quint64 m_shown = 0;
};

} // namespace wb::ui
