// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

// Key passphrases in the OS keychain (Windows Credential Manager, macOS Keychain, Secret
// Service on Linux) through QtKeychain, never in the workspace or a log. Where no keychain
// service runs (a headless Linux box, CI) nothing is stored and `error` says why, so the
// caller can tell the user the passphrase will be asked for each time.
// The calls block on a local event loop: call them from a worker thread or the CLI.
namespace Secrets {

struct Result
{
    bool ok = false;
    QString value;
    QString error;
};

// A connection's passphrase is kept per workspace (Workspace::id, Connection::workspaceId):
// two workspaces may each have a connection of the same name with a different key. An entry
// an older version kept under the connection's name alone is copied into the workspace's
// scope on the first read that finds no scoped one; the old entry stays, since another
// workspace with a connection of that name may still read it (removing a passphrase then
// leaves an empty scoped entry, so that it is not copied back). An empty workspace id is
// refused.
Result readPassphrase(const QString &workspaceId, const QString &connectionName);
Result storePassphrase(const QString &workspaceId, const QString &connectionName, const QString &passphrase);
Result removePassphrase(const QString &workspaceId, const QString &connectionName);
// The keychain keys: "workspace/<id>/connection/<name>/passphrase", and the old unscoped one.
QString passphraseKey(const QString &workspaceId, const QString &connectionName);
QString legacyPassphraseKey(const QString &connectionName);

// Other secrets (the SMTP password) under a key of their own, e.g. "smtp:host:user", with the
// same rules: nothing is stored where no keychain runs, a missing entry is not an error.
Result readSecret(const QString &key);
Result storeSecret(const QString &key, const QString &value);
Result removeSecret(const QString &key);

// WRITEBACK_KEY_PASSPHRASE, for unattended runs where no keychain exists.
QString passphraseFromEnvironment();

// Where every part of the app looks for a connection's passphrase: the environment first
// (an explicit choice for this run), then the keychain. `value` is empty when neither has
// one; `error` then says why the keychain could not help, if it could not.
Result findPassphrase(const QString &workspaceId, const QString &connectionName);

// Tests only: a keychain in this process's memory in place of the system's, for machines
// without one (a CI container has no Secret Service). Nothing of it reaches disk.
void useMemoryKeychainForTesting(bool on);

} // namespace Secrets
} // namespace wb
