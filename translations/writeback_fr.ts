<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Writeback Studio</source>
        <translation>À propos de Writeback Studio</translation>
    </message>
    <message>
        <source>Writeback Studio</source>
        <translation>Writeback Studio</translation>
    </message>
    <message>
        <source>Connects to your engagement platforms over SFTP, takes in their e-mail and SMS writeback files and exports them.</source>
        <translation>Se connecte à vos plateformes d'engagement via SFTP, récupère leurs fichiers writeback d'e-mails et de SMS, puis les exporte.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>libssh2:</source>
        <translation>libssh2 :</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting:</source>
        <translation>KSyntaxHighlighting :</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système :</translation>
    </message>
    <message>
        <source>File previews are highlighted with KDE&apos;s KSyntaxHighlighting framework.</source>
        <translation>Les aperçus de fichiers sont colorés par le framework KSyntaxHighlighting de KDE.</translation>
    </message>
    <message>
        <source>Writeback Studio is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Writeback Studio est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>ConnectionDoctor</name>
    <message>
        <source>Resolve the domain</source>
        <translation>Résoudre le domaine</translation>
    </message>
    <message>
        <source>Check the domain for typos. Try `nslookup &lt;domain&gt;` on this computer; a company DNS or VPN may hide it.</source>
        <translation>Vérifiez que le domaine ne contient pas de faute de frappe. Essayez `nslookup &lt;domain&gt;` sur cet ordinateur ; un DNS d'entreprise ou un VPN peut le masquer.</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Se connecter (TCP)</translation>
    </message>
    <message>
        <source>Check the port, and whether a firewall on either side blocks it. Many platforms only accept listed IP addresses: send them this computer&apos;s public address.</source>
        <translation>Vérifiez le port, et si un pare-feu le bloque d'un côté ou de l'autre. De nombreuses plateformes n'acceptent que les adresses IP figurant sur leur liste d'autorisation : communiquez-leur l'adresse publique de cet ordinateur.</translation>
    </message>
    <message>
        <source>SSH banner and server version</source>
        <translation>Bannière SSH et version du serveur</translation>
    </message>
    <message>
        <source>Something answered on the port but did not complete an SSH handshake: a wrong port (FTP, HTTPS), a proxy, or a server that only offers outdated algorithms.</source>
        <translation>Quelque chose a répondu sur ce port sans mener à bien une négociation SSH : mauvais port (FTP, HTTPS), proxy, ou serveur qui ne propose que des algorithmes obsolètes.</translation>
    </message>
    <message>
        <source>Key exchange and host key</source>
        <translation>Échange de clés et clé d'hôte</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the platform publishes. Trust it only when they match; a changed key must be confirmed by the platform before the old one is removed.</source>
        <translation>Comparez l'empreinte avec celle que publie la plateforme. Ne faites confiance à la clé que si elles correspondent ; une clé modifiée doit être confirmée par la plateforme avant que l'ancienne soit supprimée.</translation>
    </message>
    <message>
        <source>Login methods offered</source>
        <translation>Méthodes d'authentification proposées</translation>
    </message>
    <message>
        <source>The server must offer &quot;publickey&quot; for this user. On OpenSSH: PubkeyAuthentication yes in sshd_config.</source>
        <translation>Le serveur doit proposer « publickey » pour cet utilisateur. Sous OpenSSH : PubkeyAuthentication yes dans sshd_config.</translation>
    </message>
    <message>
        <source>Log in with the private key</source>
        <translation>S'authentifier avec la clé privée</translation>
    </message>
    <message>
        <source>On the server, the public key must be in the user&apos;s authorized_keys, with strict permissions. The server&apos;s log (e.g. journalctl -u ssh, /var/log/auth.log) says why a key was refused.</source>
        <translation>Sur le serveur, la clé publique doit figurer dans le fichier authorized_keys de l'utilisateur, avec des permissions strictes. Le journal du serveur (p. ex. journalctl -u ssh, /var/log/auth.log) indique pourquoi une clé a été refusée.</translation>
    </message>
    <message>
        <source>Start SFTP</source>
        <translation>Démarrer SFTP</translation>
    </message>
    <message>
        <source>The account must be allowed the sftp subsystem (Subsystem sftp internal-sftp, or ForceCommand internal-sftp).</source>
        <translation>Le compte doit être autorisé à utiliser le sous-système sftp (Subsystem sftp internal-sftp, ou ForceCommand internal-sftp).</translation>
    </message>
    <message>
        <source>Read path exists and can be listed</source>
        <translation>Le dossier de lecture existe et peut être listé</translation>
    </message>
    <message>
        <source>Check the read path with the platform (e.g. &quot;incoming&quot; or &quot;/outgoing/writebacks&quot;); relative paths start at the login folder.</source>
        <translation>Vérifiez le dossier de lecture auprès de la plateforme (p. ex. « incoming » ou « /outgoing/writebacks ») ; les chemins relatifs partent du dossier initial du compte.</translation>
    </message>
    <message>
        <source>Write path is writable</source>
        <translation>Le dossier d'écriture est accessible en écriture</translation>
    </message>
    <message>
        <source>The user needs permission to create, rename and remove files in the write path.</source>
        <translation>L'utilisateur doit avoir le droit de créer, renommer et supprimer des fichiers dans le dossier d'écriture.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n fichier dans %1</numerusform>
            <numerusform>%n fichiers dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Enter the SFTP details the platform gave you. Nothing is saved until you click Save.</source>
        <translation>Saisissez les informations SFTP que la plateforme vous a communiquées. Rien n'est enregistré tant que vous n'avez pas cliqué sur Enregistrer.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. fullmeasure-prod</source>
        <translation>p. ex. fullmeasure-prod</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>sftp.example.com</source>
        <translation>sftp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>the SFTP account name</source>
        <translation>le nom du compte SFTP</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>&amp;Clé privée :</translation>
    </message>
    <message>
        <source>path to the private key file</source>
        <translation>chemin du fichier de clé privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Remember passphrase in the system keychain</source>
        <translation>&amp;Mémoriser la phrase secrète dans le trousseau du système</translation>
    </message>
    <message>
        <source>Folders on the server</source>
        <translation>Dossiers sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Read path:</source>
        <translation>Dossier de &amp;lecture :</translation>
    </message>
    <message>
        <source>e.g. incoming</source>
        <translation>p. ex. incoming</translation>
    </message>
    <message>
        <source>&amp;Write path:</source>
        <translation>Dossier d'écr&amp;iture :</translation>
    </message>
    <message>
        <source>optional, e.g. outgoing</source>
        <translation>facultatif, p. ex. outgoing</translation>
    </message>
    <message>
        <source>Relative paths start in the account&apos;s login folder.</source>
        <translation>Les chemins relatifs partent du dossier initial du compte.</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>“%1” is damaged or cut short: the key data inside it does not hold together. Copy the key file again, without changes.</source>
        <translation>« %1 » est endommagé ou tronqué : les données de clé qu'il contient sont incohérentes. Copiez à nouveau le fichier de clé, sans le modifier.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the text between its BEGIN and END lines is not valid base64. Copy the key file again, without changes.</source>
        <translation>« %1 » est endommagé : le texte entre ses lignes BEGIN et END n'est pas du base64 valide. Copiez à nouveau le fichier de clé, sans le modifier.</translation>
    </message>
    <message>
        <source>“%1” is the public key. The private key belongs here: choose the matching file without .pub, “%2”.</source>
        <translation>« %1 » est la clé publique. C'est la clé privée qu'il faut indiquer ici : choisissez le fichier correspondant sans .pub, « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is a public key, not a private key. Choose the matching private key file; it usually has the same name without .pub.</source>
        <translation>« %1 » est une clé publique, pas une clé privée. Choisissez le fichier de clé privée correspondant ; il porte généralement le même nom, sans .pub.</translation>
    </message>
    <message>
        <source>“%1” holds %2 keys; only files with a single key can be used.</source>
        <translation>« %1 » contient %2 clés ; seuls les fichiers contenant une seule clé peuvent être utilisés.</translation>
    </message>
    <message>
        <source>“%1” holds an X.509 certificate, not an SSH private key. Choose the private key file instead.</source>
        <translation>« %1 » contient un certificat X.509, pas une clé privée SSH. Choisissez plutôt le fichier de clé privée.</translation>
    </message>
    <message>
        <source>“%1” is a PGP key, not an SSH key. Choose an SSH private key, or make one with ssh-keygen -t ed25519.</source>
        <translation>« %1 » est une clé PGP, pas une clé SSH. Choisissez une clé privée SSH, ou créez-en une avec ssh-keygen -t ed25519.</translation>
    </message>
    <message>
        <source>“%1” holds a “%2” block, which is not a private key format this app can use.</source>
        <translation>« %1 » contient un bloc « %2 », qui n'est pas un format de clé privée utilisable par cette application.</translation>
    </message>
    <message>
        <source>“%1” was saved as UTF-16 text. Save it again as plain text (UTF-8 or ASCII).</source>
        <translation>« %1 » a été enregistré en texte UTF-16. Enregistrez-le à nouveau en texte brut (UTF-8 ou ASCII).</translation>
    </message>
    <message>
        <source>“%1” is a binary (DER) key. Convert it to PEM text first, for example with: openssl pkey -inform DER -in &quot;%1&quot; -out key.pem</source>
        <translation>« %1 » est une clé binaire (DER). Convertissez-la d'abord en texte PEM, par exemple avec : openssl pkey -inform DER -in &quot;%1&quot; -out key.pem</translation>
    </message>
    <message>
        <source>“%1” is not a key file: it holds binary data, not text.</source>
        <translation>« %1 » n'est pas un fichier de clé : il contient des données binaires, pas du texte.</translation>
    </message>
    <message>
        <source>“%1” is an SSH certificate, not a private key. Choose the private key it was issued for: the file without -cert.pub.</source>
        <translation>« %1 » est un certificat SSH, pas une clé privée. Choisissez la clé privée pour laquelle il a été émis : le fichier sans -cert.pub.</translation>
    </message>
    <message>
        <source>“%1” is an ssh.com (SSH2) private key, which this app cannot read. Convert it with PuTTYgen: puttygen &quot;%1&quot; -O private-openssh-new -o key</source>
        <translation>« %1 » est une clé privée ssh.com (SSH2), que cette application ne sait pas lire. Convertissez-la avec PuTTYgen : puttygen &quot;%1&quot; -O private-openssh-new -o key</translation>
    </message>
    <message>
        <source>“%1” is cut short: its “%2” line is missing. Copy the whole key file again.</source>
        <translation>« %1 » est tronqué : sa ligne « %2 » est absente. Copiez à nouveau l'intégralité du fichier de clé.</translation>
    </message>
    <message>
        <source>“%1” is not a private key this app recognises. Expected an OpenSSH, PEM or PuTTY (.ppk) private key.</source>
        <translation>« %1 » n'est pas une clé privée reconnue par cette application. Formats attendus : clé privée OpenSSH, PEM ou PuTTY (.ppk).</translation>
    </message>
    <message>
        <source>“%1” is a DSA key. OpenSSH no longer accepts DSA keys, so it cannot log in. Make an ed25519 key instead (ssh-keygen -t ed25519) and add its public key to the server.</source>
        <translation>« %1 » est une clé DSA. OpenSSH n'accepte plus les clés DSA : elle ne permet donc pas de se connecter. Créez plutôt une clé ed25519 (ssh-keygen -t ed25519) et ajoutez sa clé publique sur le serveur.</translation>
    </message>
    <message>
        <source>“%1” belongs to a hardware security key (FIDO), which this app cannot use. Make an ordinary ed25519 key instead (ssh-keygen -t ed25519).</source>
        <translation>« %1 » appartient à une clé de sécurité matérielle (FIDO), que cette application ne peut pas utiliser. Créez plutôt une clé ed25519 ordinaire (ssh-keygen -t ed25519).</translation>
    </message>
    <message>
        <source>“%1” is a %2 key, which this app cannot use. Make an ed25519 key instead (ssh-keygen -t ed25519).</source>
        <translation>« %1 » est une clé %2, que cette application ne peut pas utiliser. Créez plutôt une clé ed25519 (ssh-keygen -t ed25519).</translation>
    </message>
    <message>
        <source>The key file “%1” does not exist.</source>
        <translation>Le fichier de clé « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a key file.</source>
        <translation>« %1 » est un dossier, pas un fichier de clé.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a private key file.</source>
        <translation>« %1 » est trop volumineux pour être un fichier de clé privée.</translation>
    </message>
    <message>
        <source>Cannot read the key file “%1”: %2</source>
        <translation>Impossible de lire le fichier de clé « %1 » : %2</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>La clé</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>OpenSSH private key</source>
        <translation>Clé privée OpenSSH</translation>
    </message>
    <message>
        <source>PEM RSA private key</source>
        <translation>Clé privée RSA PEM</translation>
    </message>
    <message>
        <source>PEM EC private key</source>
        <translation>Clé privée EC PEM</translation>
    </message>
    <message>
        <source>PEM DSA private key</source>
        <translation>Clé privée DSA PEM</translation>
    </message>
    <message>
        <source>PKCS #8 private key</source>
        <translation>Clé privée PKCS #8</translation>
    </message>
    <message>
        <source>Encrypted PKCS #8 private key</source>
        <translation>Clé privée PKCS #8 chiffrée</translation>
    </message>
    <message>
        <source>PuTTY key (version %1)</source>
        <translation>Clé PuTTY (version %1)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Unknown key format</source>
        <translation>Format de clé inconnu</translation>
    </message>
    <message>
        <source>“%1” is a damaged or incomplete PuTTY key file. Save the key again from PuTTYgen.</source>
        <translation>« %1 » est un fichier de clé PuTTY endommagé ou incomplet. Enregistrez à nouveau la clé depuis PuTTYgen.</translation>
    </message>
    <message>
        <source>“%1” is a PuTTY key in a format version this app cannot read. In PuTTYgen, load it and choose Conversions &gt; Export OpenSSH key (force new file format).</source>
        <translation>« %1 » est une clé PuTTY dans une version de format que cette application ne sait pas lire. Dans PuTTYgen, chargez-la et choisissez Conversions &gt; Export OpenSSH key (force new file format).</translation>
    </message>
    <message>
        <source>“%1” is a passphrase-protected PuTTY key, which this app cannot read directly. Convert it to an OpenSSH key: in PuTTYgen choose Load, then Conversions &gt; Export OpenSSH key (force new file format); or run puttygen &quot;%1&quot; -O private-openssh-new -o &quot;%2&quot;. The converted key can keep the same passphrase.</source>
        <translation>« %1 » est une clé PuTTY protégée par une phrase secrète, que cette application ne peut pas lire directement. Convertissez-la en clé OpenSSH : dans PuTTYgen, choisissez Load, puis Conversions &gt; Export OpenSSH key (force new file format) ; ou exécutez puttygen &quot;%1&quot; -O private-openssh-new -o &quot;%2&quot;. La clé convertie peut conserver la même phrase secrète.</translation>
    </message>
    <message>
        <source>“%1” is corrupt or has been edited: its PuTTY integrity check (Private-MAC) does not match. Save the key again from PuTTYgen.</source>
        <translation>« %1 » est corrompu ou a été modifié : son contrôle d'intégrité PuTTY (Private-MAC) ne correspond pas. Enregistrez à nouveau la clé depuis PuTTYgen.</translation>
    </message>
</context>
<context>
    <name>TrustHostKeyDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Faire confiance à ce serveur ?</translation>
    </message>
    <message>
        <source>Is this the platform&apos;s server?</source>
        <translation>S'agit-il bien du serveur de la plateforme ?</translation>
    </message>
    <message>
        <source>Writeback Studio has not connected to this server before. Before your login is sent, make sure it really is the platform&apos;s server: compare the fingerprint below with the one the platform gave you (in its SFTP set-up instructions, or ask its support).</source>
        <translation>Writeback Studio ne s'est encore jamais connecté à ce serveur. Avant d'envoyer vos identifiants, assurez-vous qu'il s'agit bien du serveur de la plateforme : comparez l'empreinte ci-dessous avec celle que la plateforme vous a communiquée (dans ses instructions de configuration SFTP, ou demandez-la à son support).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Trust it only if every character matches. The key is then pinned, and if the server ever presents a different one, Writeback Studio refuses to connect until you have checked why.</source>
        <translation>Ne lui faites confiance que si chaque caractère correspond. La clé est alors épinglée, et si le serveur présente un jour une clé différente, Writeback Studio refusera de s'y connecter tant que vous n'aurez pas vérifié pourquoi.</translation>
    </message>
    <message>
        <source>Pinned keys are kept in:</source>
        <translation>Les clés épinglées sont conservées dans :</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: writeback-cli [--workspace FILE] COMMAND [ARGS]

Commands:
  connection add|list|remove|trust|test   manage SFTP connections; test runs the doctor
  ls NAME [PATH]                          list a remote folder
  get NAME REMOTE LOCAL                   download a file
  put NAME LOCAL REMOTE                   upload a file

Every command takes --help. Exit codes: 0 ok, 1 the operation failed, 2 usage error.
The workspace defaults to %1
</source>
        <translation>Utilisation : writeback-cli [--workspace FILE] COMMAND [ARGS]

Commandes :
  connection add|list|remove|trust|test   gérer les connexions SFTP ; test lance le diagnostic de connexion
  ls NAME [PATH]                          lister un dossier distant
  get NAME REMOTE LOCAL                   télécharger un fichier
  put NAME LOCAL REMOTE                   envoyer un fichier

Chaque commande accepte --help. Codes de sortie : 0 réussite, 1 échec de l'opération, 2 erreur d'utilisation.
Espace de travail par défaut : %1
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option %1 inconnue.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (see: writeback-cli connection list).</source>
        <translation>Aucune connexion ne s'appelle « %1 » (voir : writeback-cli connection list).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1 : </translation>
    </message>
    <message>
        <source>To trust it: writeback-cli connection trust %1</source>
        <translation>Pour l'approuver : writeback-cli connection trust %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Nombre d'arguments incorrect.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to your platforms&apos; SFTP servers, take in their writeback files and export them.</source>
        <translation>Se connecter aux serveurs SFTP de vos plateformes, récupérer leurs fichiers writeback et les exporter.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (default: %1).</source>
        <translation>Ouvrir l'espace de travail FICHIER (par défaut : %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open a demo workspace with example connections (%1).</source>
        <translation>Ouvrir un espace de travail de démonstration avec des exemples de connexions (%1).</translation>
    </message>
    <message>
        <source>Render every page and dialog to PNG files in DIR, then exit.</source>
        <translation>Générer chaque page et chaque boîte de dialogue sous forme de fichiers PNG dans DOSSIER, puis quitter.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>Impossible d'ouvrir l'espace de travail : %1</translation>
    </message>
    <message>
        <source>Writeback Studio</source>
        <translation>Writeback Studio</translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message>
        <source>Could not set up host-key checking (out of memory).</source>
        <translation>Impossible de configurer la vérification des clés d'hôte (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>The known-hosts file %1 cannot be read (libssh2 %2). Fix or remove it; every server will then be asked to be trusted again.</source>
        <translation>Le fichier known_hosts %1 est illisible (libssh2 %2). Corrigez-le ou supprimez-le ; il faudra alors approuver à nouveau chaque serveur.</translation>
    </message>
    <message>
        <source>Could not write the known-hosts file %1: %2</source>
        <translation>Impossible d'écrire le fichier known_hosts %1 : %2</translation>
    </message>
    <message>
        <source>The server now presents %1, not the %2 you were shown. Nothing was trusted; check with the platform.</source>
        <translation>Le serveur présente désormais %1 au lieu de %2, qui vous avait été affiché. Aucune clé n'a été approuvée ; vérifiez auprès de la plateforme.</translation>
    </message>
</context>
<context>
    <name>wb::Connection</name>
    <message>
        <source>The name must start with a letter or digit and hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Le nom doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres, '.', '_' et '-' (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>The domain (host name) is empty.</source>
        <translation>Le domaine (nom d'hôte) est vide.</translation>
    </message>
    <message>
        <source>The domain must be a host name or address only, without spaces, &apos;/&apos; or &apos;@&apos;.</source>
        <translation>Le domaine doit être uniquement un nom d'hôte ou une adresse, sans espace, '/' ni '@'.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Le nom d'utilisateur est vide.</translation>
    </message>
    <message>
        <source>No private key file is chosen.</source>
        <translation>Aucun fichier de clé privée n'est sélectionné.</translation>
    </message>
</context>
<context>
    <name>wb::ConnectionDoctor</name>
    <message>
        <source>Not run: an earlier step failed.</source>
        <translation>Non exécutée : une étape précédente a échoué.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 correspond à %2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Connecté à %1, port %2</translation>
    </message>
    <message>
        <source>%1 %2; %3</source>
        <translation>%1 %2; %3</translation>
    </message>
    <message>
        <source>matches the pinned key</source>
        <translation>correspond à la clé épinglée</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Le serveur propose : %1</translation>
    </message>
    <message>
        <source>Key login (publickey) is not among them.</source>
        <translation>L'authentification par clé (publickey) n'en fait pas partie.</translation>
    </message>
    <message>
        <source>Logged in as %1 with %2</source>
        <translation>Authentifié en tant que %1 avec %2</translation>
    </message>
    <message>
        <source>SFTP is available</source>
        <translation>SFTP est disponible</translation>
    </message>
    <message>
        <source>No read path is set.</source>
        <translation>Aucun dossier de lecture n'est défini.</translation>
    </message>
    <message>
        <source>newest: %1 (%2, %3)</source>
        <translation>le plus récent : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No write path is set.</source>
        <translation>Aucun dossier d'écriture n'est défini.</translation>
    </message>
    <message>
        <source>Created, renamed and removed a probe file in %1</source>
        <translation>Un fichier de test a été créé, renommé et supprimé dans %1</translation>
    </message>
</context>
<context>
    <name>wb::ConnectionStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Une connexion nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Could not save the connection: %1</source>
        <translation>Impossible d'enregistrer la connexion : %1</translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation>Impossible de supprimer la connexion : %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Aucune connexion ne s'appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>wb::DoctorReport</name>
    <message>
        <source>Connection doctor: %1 (%2), %3
</source>
        <translation>Diagnostic de connexion : %1 (%2), %3
</translation>
    </message>
    <message>
        <source>Key: %1; read path: %2; write path: %3

</source>
        <translation>Clé : %1 ; dossier de lecture : %2 ; dossier d'écriture : %3

</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes : %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Conseil : %1</translation>
    </message>
    <message>
        <source>
Result: the connection works.
</source>
        <translation>
Résultat : la connexion fonctionne.
</translation>
    </message>
    <message>
        <source>
Result: the connection does not work.
</source>
        <translation>
Résultat : la connexion ne fonctionne pas.
</translation>
    </message>
</context>
<context>
    <name>wb::KnownHosts</name>
    <message>
        <source>The host key could not be checked against %1.</source>
        <translation>La clé d'hôte n'a pas pu être vérifiée dans %1.</translation>
    </message>
    <message>
        <source>Could not add the host key (libssh2 %1).</source>
        <translation>Impossible d'ajouter la clé d'hôte (libssh2 %1).</translation>
    </message>
</context>
<context>
    <name>wb::Secrets</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n'a pas répondu.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (%1).</source>
        <translation>Aucun service de trousseau n'est actif sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation>L'accès au trousseau a été refusé (%1).</translation>
    </message>
</context>
<context>
    <name>wb::SftpSession</name>
    <message>
        <source>The connection to %1 was lost while %2. Try again; if it keeps happening, the server or a firewall is closing the connection.</source>
        <translation>La connexion à %1 a été perdue pendant %2. Réessayez ; si le problème persiste, c'est que le serveur ou un pare-feu ferme la connexion.</translation>
    </message>
    <message>
        <source>%1 stopped answering while %2.</source>
        <translation>%1 a cessé de répondre pendant %2.</translation>
    </message>
    <message>
        <source>%1 on port %2 did not answer as an SSH server: check the port.</source>
        <translation>%1 n'a pas répondu comme un serveur SSH sur le port %2 : vérifiez le port.</translation>
    </message>
    <message>
        <source>The server and this computer share no encryption method (%1). The server may only offer algorithms that are no longer safe.</source>
        <translation>Le serveur et cet ordinateur n'ont aucune méthode de chiffrement en commun (%1). Le serveur ne propose peut-être que des algorithmes qui ne sont plus sûrs.</translation>
    </message>
    <message>
        <source>Failed while %1: %2</source>
        <translation>Échec pendant %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not exist on the server (while %2). Check the path with the platform; paths are relative to the login folder unless they start with &apos;/&apos;.</source>
        <translation>%1 n'existe pas sur le serveur (pendant %2). Vérifiez le chemin auprès de la plateforme ; les chemins sont relatifs au dossier initial du compte, sauf s'ils commencent par '/'.</translation>
    </message>
    <message>
        <source>The server does not allow %1 to access %2 (while %3). Ask the platform to grant this user access to that folder.</source>
        <translation>Le serveur n'autorise pas %1 à accéder à %2 (pendant %3). Demandez à la plateforme d'accorder à cet utilisateur l'accès à ce dossier.</translation>
    </message>
    <message>
        <source>%1 already exists on the server.</source>
        <translation>%1 existe déjà sur le serveur.</translation>
    </message>
    <message>
        <source>The server has no space left for %1 (while %2).</source>
        <translation>Le serveur n'a plus d'espace disponible pour %1 (pendant %2).</translation>
    </message>
    <message>
        <source>The server refused %1 on %2 (SFTP status %3).</source>
        <translation>Le serveur a refusé %1 pour %2 (statut SFTP %3).</translation>
    </message>
    <message>
        <source>Could not start an SSH session (out of memory).</source>
        <translation>Impossible de démarrer une session SSH (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>setting up the SSH session</source>
        <translation>la mise en place de la session SSH</translation>
    </message>
    <message>
        <source>The server&apos;s host key has CHANGED since it was trusted (it now presents %1 %2). Either the server was reinstalled, or someone is intercepting the connection. Ask the platform&apos;s support to confirm the new fingerprint before you remove the old key from %3.</source>
        <translation>La clé d'hôte du serveur a CHANGÉ depuis qu'elle a été approuvée (il présente désormais %1 %2). Soit le serveur a été réinstallé, soit quelqu'un intercepte la connexion. Demandez au support de la plateforme de confirmer la nouvelle empreinte avant de supprimer l'ancienne clé de %3.</translation>
    </message>
    <message>
        <source>This server is not trusted yet. It presents the %1 key %2: compare it with the fingerprint the platform gave you, then trust it.</source>
        <translation>Ce serveur n'est pas encore approuvé. Il présente la clé %1 %2 : comparez-la avec l'empreinte que la plateforme vous a communiquée, puis approuvez-la.</translation>
    </message>
    <message>
        <source>asking which login methods the server offers</source>
        <translation>la demande des méthodes d'authentification proposées par le serveur</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase: enter it.</source>
        <translation>La clé %1 est protégée par une phrase secrète : saisissez-la.</translation>
    </message>
    <message>
        <source>The server does not accept keys for %1; it offers only: %2. Ask the platform to enable key login for this user.</source>
        <translation>Le serveur n'accepte pas les clés pour %1 ; il propose uniquement : %2. Demandez à la plateforme d'activer l'authentification par clé pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La phrase secrète de %1 est incorrecte.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be used to sign the login.</source>
        <translation>%1 (%2) n'a pas pu être utilisé pour signer l'authentification.</translation>
    </message>
    <message>
        <source>The server refused the key %1 for user %2. Check the username, and that the matching public key is installed for that user on the server (the platform&apos;s support can do this).</source>
        <translation>Le serveur a refusé la clé %1 pour l'utilisateur %2. Vérifiez le nom d'utilisateur, ainsi que la présence de la clé publique correspondante pour cet utilisateur sur le serveur (le support de la plateforme peut s'en charger).</translation>
    </message>
    <message>
        <source>logging in with the key</source>
        <translation>l'authentification par clé</translation>
    </message>
    <message>
        <source>starting SFTP</source>
        <translation>le démarrage de SFTP</translation>
    </message>
    <message>
        <source>The login worked, but the server offers no SFTP service to %1 (%2). The account may be limited to another protocol.</source>
        <translation>L'authentification a réussi, mais le serveur ne propose aucun service SFTP à %1 (%2). Le compte est peut-être limité à un autre protocole.</translation>
    </message>
    <message>
        <source>listing the folder</source>
        <translation>la lecture du contenu du dossier</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>la recherche</translation>
    </message>
    <message>
        <source>opening the file to download</source>
        <translation>l'ouverture du fichier à télécharger</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>le téléchargement</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>creating the upload file</source>
        <translation>la création du fichier d'envoi</translation>
    </message>
    <message>
        <source>Cannot read the file to upload: %1</source>
        <translation>Impossible de lire le fichier à envoyer : %1</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>l'envoi</translation>
    </message>
    <message>
        <source>finishing the upload</source>
        <translation>la finalisation de l'envoi</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 after the upload, not %3.</source>
        <translation>Après l'envoi, le serveur contient %1 octets de %2, et non %3.</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>le renommage de %1</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>la suppression</translation>
    </message>
    <message>
        <source>creating the folder</source>
        <translation>la création du dossier</translation>
    </message>
    <message>
        <source>removing the folder</source>
        <translation>la suppression du dossier</translation>
    </message>
</context>
<context>
    <name>wb::Workspace</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d'ouvrir l'espace de travail %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Writeback Studio workspace: %2</source>
        <translation>%1 n'est pas un espace de travail Writeback Studio : %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Writeback Studio (schema %2; this version knows up to %3). Update the app.</source>
        <translation>L'espace de travail %1 a été créé par une version plus récente de Writeback Studio (schéma %2 ; cette version gère jusqu'au schéma %3). Mettez l'application à jour.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>La mise à niveau de l'espace de travail vers le schéma %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>wb::cli</name>
    <message>
        <source>Adds an SFTP connection.

writeback-cli connection add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]

The key&apos;s passphrase, if any, is read from WRITEBACK_KEY_PASSPHRASE or asked for on the terminal, and kept in the system keychain.</source>
        <translation>Ajoute une connexion SFTP.

writeback-cli connection add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]

La phrase secrète de la clé, le cas échéant, est lue dans WRITEBACK_KEY_PASSPHRASE ou demandée dans le terminal, puis conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A name for the connection.</source>
        <translation>Un nom pour la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s domain or address.</source>
        <translation>Le domaine ou l'adresse du serveur.</translation>
    </message>
    <message>
        <source>The SSH port (default 22).</source>
        <translation>Le port SSH (22 par défaut).</translation>
    </message>
    <message>
        <source>The username.</source>
        <translation>Le nom d'utilisateur.</translation>
    </message>
    <message>
        <source>The private key file.</source>
        <translation>Le fichier de clé privée.</translation>
    </message>
    <message>
        <source>Where the platform drops its files.</source>
        <translation>L'endroit où la plateforme dépose ses fichiers.</translation>
    </message>
    <message>
        <source>Where exports are delivered.</source>
        <translation>L'endroit où les exports sont livrés.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--port must be a number.</source>
        <translation>--port doit être un nombre.</translation>
    </message>
    <message>
        <source>Added connection %1 (%2, %3).</source>
        <translation>Connexion %1 ajoutée (%2, %3).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1 : </translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keychain.</source>
        <translation>La phrase secrète est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The passphrase was not saved: %1 It will be asked for each time, or set WRITEBACK_KEY_PASSPHRASE for unattended runs.</source>
        <translation>La phrase secrète n'a pas été enregistrée : %1 Elle sera demandée à chaque fois ; vous pouvez aussi définir WRITEBACK_KEY_PASSPHRASE pour les exécutions sans surveillance.</translation>
    </message>
    <message>
        <source>Next: writeback-cli connection trust %1, then connection test %1.</source>
        <translation>Ensuite : writeback-cli connection trust %1, puis connection test %1.</translation>
    </message>
    <message>
        <source>Lists the connections.

writeback-cli connection list [--json]</source>
        <translation>Liste les connexions.

writeback-cli connection list [--json]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Produire une sortie JSON.</translation>
    </message>
    <message>
        <source>No connections yet (see: writeback-cli connection add --help).</source>
        <translation>Aucune connexion pour l'instant (voir : writeback-cli connection add --help).</translation>
    </message>
    <message>
        <source>Removes a connection and its saved passphrase.

writeback-cli connection remove NAME</source>
        <translation>Supprime une connexion et sa phrase secrète enregistrée.

writeback-cli connection remove NAME</translation>
    </message>
    <message>
        <source>The connection.</source>
        <translation>La connexion.</translation>
    </message>
    <message>
        <source>Removed connection %1.</source>
        <translation>Connexion %1 supprimée.</translation>
    </message>
    <message>
        <source>Shows the server&apos;s host key and pins it after you confirm it.

writeback-cli connection trust NAME [--yes | --fingerprint SHA256:...]

A key that changed since it was pinned is never replaced here.</source>
        <translation>Affiche la clé d'hôte du serveur et l'épingle après votre confirmation.

writeback-cli connection trust NAME [--yes | --fingerprint SHA256:...]

Une clé qui a changé depuis son épinglage n'est jamais remplacée par cette commande.</translation>
    </message>
    <message>
        <source>Trust the key without asking.</source>
        <translation>Approuver la clé sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Trust the key only if its fingerprint is this one.</source>
        <translation>N'approuver la clé que si son empreinte est celle-ci.</translation>
    </message>
    <message>
        <source>%1 presents the %2 key %3</source>
        <translation>%1 présente la clé %2 %3</translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation>Cette clé est déjà approuvée.</translation>
    </message>
    <message>
        <source>The fingerprint does not match: expected %1, the server presents %2. Not trusted.</source>
        <translation>L'empreinte ne correspond pas : %1 attendue, le serveur présente %2. Clé non approuvée.</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the platform gave you. Trust it? [y/N] </source>
        <translation>Comparez-la avec l'empreinte que la plateforme vous a communiquée. L'approuver ? [y/N] </translation>
    </message>
    <message>
        <source>Not trusted: confirm with --yes or --fingerprint %1.</source>
        <translation>Clé non approuvée : confirmez avec --yes ou --fingerprint %1.</translation>
    </message>
    <message>
        <source>Not trusted.</source>
        <translation>Clé non approuvée.</translation>
    </message>
    <message>
        <source>Trusted; pinned in %1.</source>
        <translation>Clé approuvée ; épinglée dans %1.</translation>
    </message>
    <message>
        <source>The connection doctor: checks the connection step by step.

writeback-cli connection test NAME [--json]

Exits 1 when a step fails.</source>
        <translation>Le diagnostic de connexion : vérifie la connexion étape par étape.

writeback-cli connection test NAME [--json]

Se termine avec le code 1 si une étape échoue.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli connection add|list|remove|trust|test ...
  add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]
  list [--json]
  remove NAME
  trust NAME [--yes | --fingerprint SHA256:...]
  test NAME [--json]
Each takes --help.
</source>
        <translation>Utilisation : writeback-cli connection add|list|remove|trust|test ...
  add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]
  list [--json]
  remove NAME
  trust NAME [--yes | --fingerprint SHA256:...]
  test NAME [--json]
Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>Lists a remote folder (default: the connection&apos;s read path).

writeback-cli ls NAME [PATH] [--json]</source>
        <translation>Liste un dossier distant (par défaut : le dossier de lecture de la connexion).

writeback-cli ls NAME [PATH] [--json]</translation>
    </message>
    <message>
        <source>The remote folder.</source>
        <translation>Le dossier distant.</translation>
    </message>
    <message>
        <source>Uploads a file: it appears under its final name only when complete.

writeback-cli put NAME LOCAL REMOTE</source>
        <translation>Envoie un fichier : il n'apparaît sous son nom définitif qu'une fois complet.

writeback-cli put NAME LOCAL REMOTE</translation>
    </message>
    <message>
        <source>Downloads a file: it appears under its final name only when complete.

writeback-cli get NAME REMOTE LOCAL</source>
        <translation>Télécharge un fichier : il n'apparaît sous son nom définitif qu'une fois complet.

writeback-cli get NAME REMOTE LOCAL</translation>
    </message>
    <message>
        <source>The source file.</source>
        <translation>Le fichier source.</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>L'endroit où l'écrire.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wb::net</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; could not be found (%2). Check its spelling, and that this computer can reach a DNS server.</source>
        <translation>Le domaine « %1 » est introuvable (%2). Vérifiez son orthographe, et que cet ordinateur peut joindre un serveur DNS.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: no SSH server listens there, or a firewall rejects it. Check the port with the platform.</source>
        <translation>%1 a refusé la connexion sur le port %2 : aucun serveur SSH n'écoute sur ce port, ou un pare-feu la rejette. Vérifiez le port auprès de la plateforme.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 s. A firewall may be dropping the connection, or the server may only accept known IP addresses: ask the platform to allow this computer&apos;s public address.</source>
        <translation>%1 n'a pas répondu sur le port %2 dans un délai de %3 s. Un pare-feu bloque peut-être la connexion, ou le serveur n'accepte que des adresses IP connues : demandez à la plateforme d'autoriser l'adresse publique de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to the host). Check the network connection, VPN or proxy.</source>
        <translation>%1 est injoignable depuis cet ordinateur (aucune route vers l'hôte). Vérifiez la connexion réseau, le VPN ou le proxy.</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: %3.</source>
        <translation>Impossible de se connecter à %1 sur le port %2 : %3.</translation>
    </message>
    <message>
        <source>The server stopped answering for %1 s.</source>
        <translation>Le serveur n'a plus répondu pendant %1 s.</translation>
    </message>
</context>
<context>
    <name>wb::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>Copier les informations de version</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionEditor</name>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Edit connection %1</source>
        <translation>Modifier la connexion %1</translation>
    </message>
    <message>
        <source>The private key that belongs to the public key you gave the platform.</source>
        <translation>La clé privée associée à la clé publique que vous avez fournie à la plateforme.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, protected by a passphrase.</source>
        <translation>%1, protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>%1, not protected by a passphrase.</source>
        <translation>%1, non protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>needed to unlock the key</source>
        <translation>nécessaire pour déverrouiller la clé</translation>
    </message>
    <message>
        <source>not needed for this key</source>
        <translation>inutile pour cette clé</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key *.ppk id_* *);;All files (*)</source>
        <translation>Clés privées (*.pem *.key *.ppk id_* *);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Storing the passphrase in the system keychain…</source>
        <translation>Enregistrement de la phrase secrète dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The connection was saved, but the passphrase could not be stored in the system keychain: %1
Writeback Studio will ask for it each time it connects.</source>
        <translation>La connexion a été enregistrée, mais la phrase secrète n'a pas pu être stockée dans le trousseau du système : %1
Writeback Studio la demandera à chaque connexion.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionTableModel</name>
    <message>
        <source>(login folder)</source>
        <translation>(dossier initial)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Clé privée : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d'accès</translation>
    </message>
    <message>
        <source>Read path</source>
        <translation>Dossier de lecture</translation>
    </message>
    <message>
        <source>Write path</source>
        <translation>Dossier d'écriture</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionsPage</name>
    <message>
        <source>No connections yet</source>
        <translation>Aucune connexion pour l'instant</translation>
    </message>
    <message>
        <source>A connection is the SFTP account a platform such as Full Measure or Deployteq gives you: a domain, a username and a private key. Add one, test it, and Writeback Studio can take in its writeback files.</source>
        <translation>Une connexion est le compte SFTP que vous fournit une plateforme comme Full Measure ou Deployteq : un domaine, un nom d'utilisateur et une clé privée. Ajoutez-en une, testez-la, et Writeback Studio pourra récupérer ses fichiers writeback.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>The SFTP servers of the platforms that send you writeback files.</source>
        <translation>Les serveurs SFTP des plateformes qui vous envoient des fichiers writeback.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Run the connection doctor on the selected connection</source>
        <translation>Lancer le diagnostic de connexion sur la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Add your first connection</source>
        <translation>Ajouter votre première connexion</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1” (%2)?

The private key file and anything already taken in are kept.</source>
        <translation>Supprimer la connexion « %1 » (%2) ?

Le fichier de clé privée et tout ce qui a déjà été récupéré sont conservés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>wb::ui::DoctorDialog</name>
    <message>
        <source>Test connection %1</source>
        <translation>Tester la connexion %1</translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation>Test de %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>No passphrase is remembered for this connection.</source>
        <translation>Aucune phrase secrète n'est mémorisée pour cette connexion.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase.</source>
        <translation>La clé est protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>%1 Enter the passphrase of %2 to run the test; it is not stored.</source>
        <translation>%1 Saisissez la phrase secrète de %2 pour lancer le test ; elle ne sera pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>wb::ui::DoctorStepRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier :</translation>
    </message>
</context>
<context>
    <name>wb::ui::DoctorView</name>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copies the full report as text, to paste into a support ticket</source>
        <translation>Copie le rapport complet au format texte, à coller dans une demande d'assistance</translation>
    </message>
    <message>
        <source>Checks every step from finding the server to writing a file, so you can see where a connection fails and why.</source>
        <translation>Vérifie chaque étape, de la recherche du serveur jusqu'à l'écriture d'un fichier, pour vous montrer où et pourquoi une connexion échoue.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1 en cours…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>Tested %1 at %2.</source>
        <translation>Test de %1 effectué le %2.</translation>
    </message>
    <message>
        <source>The connection works: every step passed.</source>
        <translation>La connexion fonctionne : toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s host key has changed since you trusted it. Either the server was reinstalled, or someone is intercepting the connection. Writeback Studio will not connect, and does not offer to trust the new key: ask the platform&apos;s support to confirm the new fingerprint first, then remove the old key from %1.</source>
        <translation>Refusé : la clé d'hôte du serveur a changé depuis que vous l'avez approuvée. Soit le serveur a été réinstallé, soit quelqu'un intercepte la connexion. Writeback Studio ne se connectera pas et ne propose pas d'approuver la nouvelle clé : demandez d'abord au support de la plateforme de confirmer la nouvelle empreinte, puis supprimez l'ancienne clé de %1.</translation>
    </message>
    <message>
        <source>This server is not trusted yet. Compare its host key with the fingerprint the platform gave you before you trust it.</source>
        <translation>Ce serveur n'est pas encore approuvé. Comparez sa clé d'hôte avec l'empreinte que la plateforme vous a communiquée avant de l'approuver.</translation>
    </message>
    <message>
        <source>Review host key…</source>
        <translation>Examiner la clé d'hôte…</translation>
    </message>
    <message>
        <source>The connection does not work: step %1, “%2”, failed. The step says what to check.</source>
        <translation>La connexion ne fonctionne pas : l'étape %1, « %2 », a échoué. L'étape indique ce qu'il faut vérifier.</translation>
    </message>
</context>
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>Writeback Studio</source>
        <translation>Writeback Studio</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>No data taken in yet</source>
        <translation>Aucune donnée récupérée pour l'instant</translation>
    </message>
    <message>
        <source>The writeback files you take in from your connections will be listed here: each e-mail and SMS event file with where it came from, when it arrived and how many rows it held.</source>
        <translation>Les fichiers writeback que vous récupérez depuis vos connexions apparaîtront ici : chaque fichier d'événements e-mail et SMS, avec sa provenance, sa date d'arrivée et son nombre de lignes.</translation>
    </message>
    <message>
        <source>No exports defined yet</source>
        <translation>Aucun export défini pour l'instant</translation>
    </message>
    <message>
        <source>Exports turn taken-in writebacks into the files your CRM or student information system imports. Their definitions, with columns and destination, will be listed here.</source>
        <translation>Les exports transforment les données writeback récupérées en fichiers que votre CRM ou votre système d'information étudiant peut importer. Leurs définitions, avec les colonnes et la destination, apparaîtront ici.</translation>
    </message>
    <message>
        <source>Nothing has run yet</source>
        <translation>Aucune exécution pour l'instant</translation>
    </message>
    <message>
        <source>Every download and export run will be recorded here, with when it ran, what it moved and, when something failed, why.</source>
        <translation>Chaque téléchargement et chaque export exécuté sera consigné ici, avec sa date, ce qu'il a transféré et, en cas d'échec, la raison.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Writeback Studio</source>
        <translation>À &amp;propos de Writeback Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>wb::ui::TrustHostKeyDialog</name>
    <message>
        <source>Trust this key</source>
        <translation>Approuver cette clé</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Asking the server for its key…</source>
        <translation>Demande de la clé au serveur…</translation>
    </message>
    <message>
        <source>Could not get the server&apos;s key: %1</source>
        <translation>Impossible d'obtenir la clé du serveur : %1</translation>
    </message>
    <message>
        <source>Pinning the key…</source>
        <translation>Épinglage de la clé…</translation>
    </message>
    <message>
        <source>Refused: %1
Nothing was trusted. Ask the platform&apos;s support to confirm the server&apos;s key.</source>
        <translation>Refusé : %1
Aucune clé n'a été approuvée. Demandez au support de la plateforme de confirmer la clé du serveur.</translation>
    </message>
</context>
</TS>
