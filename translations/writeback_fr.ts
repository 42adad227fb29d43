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
        <translation>Se connecte à vos plateformes d&apos;engagement via SFTP, récupère leurs fichiers writeback d&apos;e-mails et de SMS, puis les exporte.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>libssh2:</source>
        <translation>libssh2&#xa0;:</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting:</source>
        <translation>KSyntaxHighlighting&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>File previews are highlighted with KDE&apos;s KSyntaxHighlighting framework.</source>
        <translation>Les aperçus de fichiers sont colorés par le framework KSyntaxHighlighting de KDE.</translation>
    </message>
    <message>
        <source>Writeback Studio is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Writeback Studio est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
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
        <translation>Vérifiez que le domaine ne contient pas de faute de frappe. Essayez `nslookup &lt;domain&gt;` sur cet ordinateur&#xa0;; un DNS d&apos;entreprise ou un VPN peut le masquer.</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Se connecter (TCP)</translation>
    </message>
    <message>
        <source>Check the port, and whether a firewall on either side blocks it. Many platforms only accept listed IP addresses: send them this computer&apos;s public address.</source>
        <translation>Vérifiez le port, et si un pare-feu le bloque d&apos;un côté ou de l&apos;autre. De nombreuses plateformes n&apos;acceptent que les adresses IP figurant sur leur liste d&apos;autorisation&#xa0;: communiquez-leur l&apos;adresse publique de cet ordinateur.</translation>
    </message>
    <message>
        <source>SSH banner and server version</source>
        <translation>Bannière SSH et version du serveur</translation>
    </message>
    <message>
        <source>Something answered on the port but did not complete an SSH handshake: a wrong port (FTP, HTTPS), a proxy, or a server that only offers outdated algorithms.</source>
        <translation>Quelque chose a répondu sur ce port sans mener à bien une négociation SSH&#xa0;: mauvais port (FTP, HTTPS), proxy, ou serveur qui ne propose que des algorithmes obsolètes.</translation>
    </message>
    <message>
        <source>Key exchange and host key</source>
        <translation>Échange de clés et clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the platform publishes. Trust it only when they match; a changed key must be confirmed by the platform before the old one is removed.</source>
        <translation>Comparez l&apos;empreinte avec celle que publie la plateforme. Ne faites confiance à la clé que si elles correspondent&#xa0;; une clé modifiée doit être confirmée par la plateforme avant que l&apos;ancienne soit supprimée.</translation>
    </message>
    <message>
        <source>Login methods offered</source>
        <translation>Méthodes d&apos;authentification proposées</translation>
    </message>
    <message>
        <source>The server must offer &quot;publickey&quot; for this user. On OpenSSH: PubkeyAuthentication yes in sshd_config.</source>
        <translation>Le serveur doit proposer «&#xa0;publickey&#xa0;» pour cet utilisateur. Sous OpenSSH&#xa0;: PubkeyAuthentication yes dans sshd_config.</translation>
    </message>
    <message>
        <source>Log in with the private key</source>
        <translation>S&apos;authentifier avec la clé privée</translation>
    </message>
    <message>
        <source>On the server, the public key must be in the user&apos;s authorized_keys, with strict permissions. The server&apos;s log (e.g. journalctl -u ssh, /var/log/auth.log) says why a key was refused.</source>
        <translation>Sur le serveur, la clé publique doit figurer dans le fichier authorized_keys de l&apos;utilisateur, avec des permissions strictes. Le journal du serveur (p.&#xa0;ex. journalctl -u ssh, /var/log/auth.log) indique pourquoi une clé a été refusée.</translation>
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
        <translation>Vérifiez le dossier de lecture auprès de la plateforme (p.&#xa0;ex. «&#xa0;incoming&#xa0;» ou «&#xa0;/outgoing/writebacks&#xa0;»)&#xa0;; les chemins relatifs partent du dossier initial du compte.</translation>
    </message>
    <message>
        <source>Write path is writable</source>
        <translation>Le dossier d&apos;écriture est accessible en écriture</translation>
    </message>
    <message>
        <source>The user needs permission to create, rename and remove files in the write path.</source>
        <translation>L&apos;utilisateur doit avoir le droit de créer, renommer et supprimer des fichiers dans le dossier d&apos;écriture.</translation>
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
        <translation>Saisissez les informations SFTP que la plateforme vous a communiquées. Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Enregistrer.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. fullmeasure-prod</source>
        <translation>p.&#xa0;ex. fullmeasure-prod</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>sftp.example.com</source>
        <translation>sftp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
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
        <translation>&amp;Clé privée&#xa0;:</translation>
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
        <translation>Phrase &amp;secrète&#xa0;:</translation>
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
        <translation>Dossier de &amp;lecture&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. incoming</source>
        <translation>p.&#xa0;ex. incoming</translation>
    </message>
    <message>
        <source>&amp;Write path:</source>
        <translation>Dossier d&apos;écr&amp;iture&#xa0;:</translation>
    </message>
    <message>
        <source>optional, e.g. outgoing</source>
        <translation>facultatif, p.&#xa0;ex. outgoing</translation>
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
    <name>CsvReader</name>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>The sample is empty.</source>
        <translation>L&apos;échantillon est vide.</translation>
    </message>
    <message>
        <source>The first row has a number or date in column %1 (“%2”): no header.</source>
        <translation>La première ligne contient un nombre ou une date dans la colonne %1 («&#xa0;%2&#xa0;»)&#xa0;: pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Only one row in the sample: taken as a header.</source>
        <translation>Une seule ligne dans l&apos;échantillon&#xa0;: considérée comme un en-tête.</translation>
    </message>
    <message>
        <source>The first row has an empty value: no header.</source>
        <translation>La première ligne contient une valeur vide&#xa0;: pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The first row repeats “%1”: no header.</source>
        <translation>La première ligne contient plusieurs fois «&#xa0;%1&#xa0;»&#xa0;: pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The first row is text like the rest: taken as a header.</source>
        <translation>La première ligne est du texte, comme les suivantes&#xa0;: considérée comme un en-tête.</translation>
    </message>
    <message>
        <source>Column %1 holds numbers or dates under the text “%2”: a header.</source>
        <translation>La colonne %1 contient des nombres ou des dates sous le texte «&#xa0;%2&#xa0;»&#xa0;: c&apos;est un en-tête.</translation>
    </message>
    <message>
        <source>Column %1 holds e-mail addresses under “%2”: a header.</source>
        <translation>La colonne %1 contient des adresses e-mail sous «&#xa0;%2&#xa0;»&#xa0;: c&apos;est un en-tête.</translation>
    </message>
    <message>
        <source>“%1” in the first row comes back in column %2 below: no header.</source>
        <translation>«&#xa0;%1&#xa0;», dans la première ligne, réapparaît plus bas dans la colonne %2&#xa0;: pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Column %1 has values of one length, unlike “%2”: a header.</source>
        <translation>Les valeurs de la colonne %1 ont toutes la même longueur, contrairement à «&#xa0;%2&#xa0;»&#xa0;: c&apos;est un en-tête.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote: expected the delimiter (%1) or the end of the line</source>
        <translation>texte inattendu après un guillemet fermant&#xa0;: le séparateur (%1) ou la fin de la ligne était attendu</translation>
    </message>
    <message>
        <source>quote inside an unquoted field: expected the delimiter (%1) or the end of the line; a field holding quotes must be quoted whole, with each quote doubled</source>
        <translation>guillemet dans un champ sans guillemets&#xa0;: le séparateur (%1) ou la fin de la ligne était attendu&#xa0;; un champ qui contient des guillemets doit être entièrement entre guillemets, chaque guillemet étant doublé</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>expected %1 fields as in the first row, found %2</source>
        <translation>%1 champs attendus comme dans la première ligne, %2 trouvés</translation>
    </message>
    <message>
        <source>row too long (over %1 MiB), the file may not be CSV</source>
        <translation>ligne trop longue (plus de %1&#xa0;Mio), le fichier n&apos;est peut-être pas au format CSV</translation>
    </message>
    <message>
        <source>row too long (over %1 bytes), the file may not be CSV</source>
        <translation>ligne trop longue (plus de %1&#xa0;octets), le fichier n&apos;est peut-être pas au format CSV</translation>
    </message>
    <message>
        <source>NUL byte at byte %1: this is a binary file, or UTF-16 text without a byte-order mark</source>
        <translation>octet NUL à l&apos;octet %1&#xa0;: il s&apos;agit d&apos;un fichier binaire, ou d&apos;un texte UTF-16 sans marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 (0x%2): the file may be Windows-1252; choose that encoding</source>
        <translation>UTF-8 non valide à l&apos;octet %1 (0x%2)&#xa0;: le fichier est peut-être en Windows-1252&#xa0;; choisissez cet encodage</translation>
    </message>
    <message>
        <source>unterminated quoted field (opened at line %1, column %2)</source>
        <translation>champ entre guillemets non fermé (ouvert à la ligne %1, colonne %2)</translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>séparé par des barres verticales</translation>
    </message>
    <message>
        <source>separated by &apos;%1&apos;</source>
        <translation>séparé par &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: use UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1</source>
        <translation>encodage «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez UTF-8, UTF-16LE, UTF-16BE, Windows-1252 ou ISO-8859-1</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a yes/no value (t/f, true/false, y/n, yes/no, 1/0)</source>
        <translation>une valeur oui/non (t/f, true/false, y/n, yes/no, 1/0)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Preview and import</source>
        <translation>Aperçu et importation</translation>
    </message>
    <message>
        <source>Check how the file is read before taking it in: change what was guessed wrong and the preview follows.</source>
        <translation>Vérifiez comment le fichier est lu avant de le récupérer&#xa0;: corrigez ce qui a été mal deviné, et l&apos;aperçu suit.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>The dataset the rows go into; files named alike can join it later</source>
        <translation>Le jeu de données qui reçoit les lignes&#xa0;; des fichiers aux noms semblables pourront le rejoindre plus tard</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Guillemets&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>La première ligne est un en-&amp;tête</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>“%1” is damaged or cut short: the key data inside it does not hold together. Copy the key file again, without changes.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou tronqué&#xa0;: les données de clé qu&apos;il contient sont incohérentes. Copiez à nouveau le fichier de clé, sans le modifier.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the text between its BEGIN and END lines is not valid base64. Copy the key file again, without changes.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: le texte entre ses lignes BEGIN et END n&apos;est pas du base64 valide. Copiez à nouveau le fichier de clé, sans le modifier.</translation>
    </message>
    <message>
        <source>“%1” is the public key. The private key belongs here: choose the matching file without .pub, “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» est la clé publique. C&apos;est la clé privée qu&apos;il faut indiquer ici&#xa0;: choisissez le fichier correspondant sans .pub, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a public key, not a private key. Choose the matching private key file; it usually has the same name without .pub.</source>
        <translation>«&#xa0;%1&#xa0;» est une clé publique, pas une clé privée. Choisissez le fichier de clé privée correspondant&#xa0;; il porte généralement le même nom, sans .pub.</translation>
    </message>
    <message>
        <source>“%1” holds %2 keys; only files with a single key can be used.</source>
        <translation>«&#xa0;%1&#xa0;» contient %2 clés&#xa0;; seuls les fichiers contenant une seule clé peuvent être utilisés.</translation>
    </message>
    <message>
        <source>“%1” holds an X.509 certificate, not an SSH private key. Choose the private key file instead.</source>
        <translation>«&#xa0;%1&#xa0;» contient un certificat X.509, pas une clé privée SSH. Choisissez plutôt le fichier de clé privée.</translation>
    </message>
    <message>
        <source>“%1” is a PGP key, not an SSH key. Choose an SSH private key, or make one with ssh-keygen -t ed25519.</source>
        <translation>«&#xa0;%1&#xa0;» est une clé PGP, pas une clé SSH. Choisissez une clé privée SSH, ou créez-en une avec ssh-keygen -t ed25519.</translation>
    </message>
    <message>
        <source>“%1” holds a “%2” block, which is not a private key format this app can use.</source>
        <translation>«&#xa0;%1&#xa0;» contient un bloc «&#xa0;%2&#xa0;», qui n&apos;est pas un format de clé privée utilisable par cette application.</translation>
    </message>
    <message>
        <source>“%1” was saved as UTF-16 text. Save it again as plain text (UTF-8 or ASCII).</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré en texte UTF-16. Enregistrez-le à nouveau en texte brut (UTF-8 ou ASCII).</translation>
    </message>
    <message>
        <source>“%1” is a binary (DER) key. Convert it to PEM text first, for example with: openssl pkey -inform DER -in &quot;%1&quot; -out key.pem</source>
        <translation>«&#xa0;%1&#xa0;» est une clé binaire (DER). Convertissez-la d&apos;abord en texte PEM, par exemple avec&#xa0;: openssl pkey -inform DER -in &quot;%1&quot; -out key.pem</translation>
    </message>
    <message>
        <source>“%1” is not a key file: it holds binary data, not text.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de clé&#xa0;: il contient des données binaires, pas du texte.</translation>
    </message>
    <message>
        <source>“%1” is an SSH certificate, not a private key. Choose the private key it was issued for: the file without -cert.pub.</source>
        <translation>«&#xa0;%1&#xa0;» est un certificat SSH, pas une clé privée. Choisissez la clé privée pour laquelle il a été émis&#xa0;: le fichier sans -cert.pub.</translation>
    </message>
    <message>
        <source>“%1” is an ssh.com (SSH2) private key, which this app cannot read. Convert it with PuTTYgen: puttygen &quot;%1&quot; -O private-openssh-new -o key</source>
        <translation>«&#xa0;%1&#xa0;» est une clé privée ssh.com (SSH2), que cette application ne sait pas lire. Convertissez-la avec PuTTYgen&#xa0;: puttygen &quot;%1&quot; -O private-openssh-new -o key</translation>
    </message>
    <message>
        <source>“%1” is cut short: its “%2” line is missing. Copy the whole key file again.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué&#xa0;: sa ligne «&#xa0;%2&#xa0;» est absente. Copiez à nouveau l&apos;intégralité du fichier de clé.</translation>
    </message>
    <message>
        <source>“%1” is not a private key this app recognises. Expected an OpenSSH, PEM or PuTTY (.ppk) private key.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé privée reconnue par cette application. Formats attendus&#xa0;: clé privée OpenSSH, PEM ou PuTTY (.ppk).</translation>
    </message>
    <message>
        <source>“%1” is a DSA key. OpenSSH no longer accepts DSA keys, so it cannot log in. Make an ed25519 key instead (ssh-keygen -t ed25519) and add its public key to the server.</source>
        <translation>«&#xa0;%1&#xa0;» est une clé DSA. OpenSSH n&apos;accepte plus les clés DSA&#xa0;: elle ne permet donc pas de se connecter. Créez plutôt une clé ed25519 (ssh-keygen -t ed25519) et ajoutez sa clé publique sur le serveur.</translation>
    </message>
    <message>
        <source>“%1” belongs to a hardware security key (FIDO), which this app cannot use. Make an ordinary ed25519 key instead (ssh-keygen -t ed25519).</source>
        <translation>«&#xa0;%1&#xa0;» appartient à une clé de sécurité matérielle (FIDO), que cette application ne peut pas utiliser. Créez plutôt une clé ed25519 ordinaire (ssh-keygen -t ed25519).</translation>
    </message>
    <message>
        <source>“%1” is a %2 key, which this app cannot use. Make an ed25519 key instead (ssh-keygen -t ed25519).</source>
        <translation>«&#xa0;%1&#xa0;» est une clé %2, que cette application ne peut pas utiliser. Créez plutôt une clé ed25519 (ssh-keygen -t ed25519).</translation>
    </message>
    <message>
        <source>The key file “%1” does not exist.</source>
        <translation>Le fichier de clé «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a key file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de clé.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a private key file.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être un fichier de clé privée.</translation>
    </message>
    <message>
        <source>Cannot read the key file “%1”: %2</source>
        <translation>Impossible de lire le fichier de clé «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>La clé</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
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
        <translation>«&#xa0;%1&#xa0;» est un fichier de clé PuTTY endommagé ou incomplet. Enregistrez à nouveau la clé depuis PuTTYgen.</translation>
    </message>
    <message>
        <source>“%1” is a PuTTY key in a format version this app cannot read. In PuTTYgen, load it and choose Conversions &gt; Export OpenSSH key (force new file format).</source>
        <translation>«&#xa0;%1&#xa0;» est une clé PuTTY dans une version de format que cette application ne sait pas lire. Dans PuTTYgen, chargez-la et choisissez Conversions &gt; Export OpenSSH key (force new file format).</translation>
    </message>
    <message>
        <source>“%1” is a passphrase-protected PuTTY key, which this app cannot read directly. Convert it to an OpenSSH key: in PuTTYgen choose Load, then Conversions &gt; Export OpenSSH key (force new file format); or run puttygen &quot;%1&quot; -O private-openssh-new -o &quot;%2&quot;. The converted key can keep the same passphrase.</source>
        <translation>«&#xa0;%1&#xa0;» est une clé PuTTY protégée par une phrase secrète, que cette application ne peut pas lire directement. Convertissez-la en clé OpenSSH&#xa0;: dans PuTTYgen, choisissez Load, puis Conversions &gt; Export OpenSSH key (force new file format)&#xa0;; ou exécutez puttygen &quot;%1&quot; -O private-openssh-new -o &quot;%2&quot;. La clé convertie peut conserver la même phrase secrète.</translation>
    </message>
    <message>
        <source>“%1” is corrupt or has been edited: its PuTTY integrity check (Private-MAC) does not match. Save the key again from PuTTYgen.</source>
        <translation>«&#xa0;%1&#xa0;» est corrompu ou a été modifié&#xa0;: son contrôle d&apos;intégrité PuTTY (Private-MAC) ne correspond pas. Enregistrez à nouveau la clé depuis PuTTYgen.</translation>
    </message>
</context>
<context>
    <name>Sqlite</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrustHostKeyDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Faire confiance à ce serveur&#xa0;?</translation>
    </message>
    <message>
        <source>Is this the platform&apos;s server?</source>
        <translation>S&apos;agit-il bien du serveur de la plateforme&#xa0;?</translation>
    </message>
    <message>
        <source>Writeback Studio has not connected to this server before. Before your login is sent, make sure it really is the platform&apos;s server: compare the fingerprint below with the one the platform gave you (in its SFTP set-up instructions, or ask its support).</source>
        <translation>Writeback Studio ne s&apos;est encore jamais connecté à ce serveur. Avant d&apos;envoyer vos identifiants, assurez-vous qu&apos;il s&apos;agit bien du serveur de la plateforme&#xa0;: comparez l&apos;empreinte ci-dessous avec celle que la plateforme vous a communiquée (dans ses instructions de configuration SFTP, ou demandez-la à son support).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Trust it only if every character matches. The key is then pinned, and if the server ever presents a different one, Writeback Studio refuses to connect until you have checked why.</source>
        <translation>Ne lui faites confiance que si chaque caractère correspond. La clé est alors épinglée, et si le serveur présente un jour une clé différente, Writeback Studio refusera de s&apos;y connecter tant que vous n&apos;aurez pas vérifié pourquoi.</translation>
    </message>
    <message>
        <source>Pinned keys are kept in:</source>
        <translation>Les clés épinglées sont conservées dans&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option %1 inconnue.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (see: writeback-cli connection list).</source>
        <translation>Aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;» (voir&#xa0;: writeback-cli connection list).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>To trust it: writeback-cli connection trust %1</source>
        <translation>Pour l&apos;approuver&#xa0;: writeback-cli connection trust %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Nombre d&apos;arguments incorrect.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli [--workspace FILE] COMMAND [ARGS]

Commands:
  connection add|list|remove|trust|test   manage SFTP connections; test runs the doctor
  ls NAME [PATH]                          list a remote folder
  get NAME REMOTE LOCAL                   download a file
  put NAME LOCAL REMOTE                   upload a file
  import FILE... [--as DATASET]           take in local files
  fetch NAME                              take in the new files of a connection&apos;s read path
  datasets                                list datasets with columns, types and row counts
  files                                   list files taken in, and failed ones with reasons

Every command takes --help. Exit codes: 0 ok, 1 the operation failed, 2 usage error.
The workspace defaults to %1
</source>
        <translation>Utilisation&#xa0;: writeback-cli [--workspace FILE] COMMAND [ARGS]

Commandes&#xa0;:
  connection add|list|remove|trust|test   gérer les connexions SFTP&#xa0;; test lance le diagnostic
  ls NAME [PATH]                          lister un dossier distant
  get NAME REMOTE LOCAL                   télécharger un fichier
  put NAME LOCAL REMOTE                   envoyer un fichier
  import FILE... [--as DATASET]           récupérer des fichiers locaux
  fetch NAME                              récupérer les nouveaux fichiers du dossier de lecture d&apos;une connexion
  datasets                                lister les jeux de données avec leurs colonnes, types et nombres de lignes
  files                                   lister les fichiers récupérés, et ceux en échec avec leur raison

Chaque commande accepte --help. Codes de sortie&#xa0;: 0 succès, 1 échec de l&apos;opération, 2 erreur d&apos;utilisation.
L&apos;espace de travail par défaut est %1
</translation>
    </message>
    <message>
        <source>--workspace needs a file.</source>
        <translation>--workspace attend un fichier.</translation>
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
        <translation>Ouvrir l&apos;espace de travail FICHIER (par défaut&#xa0;: %1).</translation>
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
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail&#xa0;: %1</translation>
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
        <translation>Impossible de configurer la vérification des clés d&apos;hôte (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>The known-hosts file %1 cannot be read (libssh2 %2). Fix or remove it; every server will then be asked to be trusted again.</source>
        <translation>Le fichier known_hosts %1 est illisible (libssh2 %2). Corrigez-le ou supprimez-le&#xa0;; il faudra alors approuver à nouveau chaque serveur.</translation>
    </message>
    <message>
        <source>Could not write the known-hosts file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier known_hosts %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server now presents %1, not the %2 you were shown. Nothing was trusted; check with the platform.</source>
        <translation>Le serveur présente désormais %1 au lieu de %2, qui vous avait été affiché. Aucune clé n&apos;a été approuvée&#xa0;; vérifiez auprès de la plateforme.</translation>
    </message>
    <message>
        <source>%1 has the columns of several formats (%2) and its name does not tell which: choose one with &quot;Import as&quot; (CLI: --as DATASET).</source>
        <translation>%1 contient les colonnes de plusieurs formats (%2) et son nom ne permet pas de savoir lequel&#xa0;: choisissez-en un avec «&#xa0;Importer comme&#xa0;» (CLI&#xa0;: --as DATASET).</translation>
    </message>
    <message>
        <source>%1: the header matches no known format (it has: %2). Import it as a generic CSV dataset with a name of your choice (CLI: --as NAME).</source>
        <translation>%1&#xa0;: l&apos;en-tête ne correspond à aucun format connu (il contient&#xa0;: %2). Importez-le comme jeu de données CSV générique, sous le nom de votre choix (CLI&#xa0;: --as NAME).</translation>
    </message>
    <message>
        <source>%1 is not a %2 file: it lacks the column(s) %3.</source>
        <translation>%1 n&apos;est pas un fichier %2&#xa0;: il y manque la ou les colonnes %3.</translation>
    </message>
    <message>
        <source>an outreach message without an id (outreachId, id, or in its outreachProperties)</source>
        <translation>un message outreach sans identifiant (outreachId, id, ou dans ses outreachProperties)</translation>
    </message>
    <message>
        <source>expected outreach message objects in the array</source>
        <translation>des objets de message outreach étaient attendus dans le tableau</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::Catalog</name>
    <message>
        <source>&quot;%1&quot; is not a valid dataset name: use lower-case letters, digits and single &apos;_&apos;, optionally as vendor.kind.</source>
        <translation>« %1 » n&apos;est pas un nom de jeu de données valide : utilisez des minuscules, des chiffres et des &apos;_&apos; isolés, éventuellement sous la forme fournisseur.type.</translation>
    </message>
</context>
<context>
    <name>wb::Connection</name>
    <message>
        <source>The name must start with a letter or digit and hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Le nom doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>The domain (host name) is empty.</source>
        <translation>Le domaine (nom d&apos;hôte) est vide.</translation>
    </message>
    <message>
        <source>The domain must be a host name or address only, without spaces, &apos;/&apos; or &apos;@&apos;.</source>
        <translation>Le domaine doit être uniquement un nom d&apos;hôte ou une adresse, sans espace, &apos;/&apos; ni &apos;@&apos;.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>No private key file is chosen.</source>
        <translation>Aucun fichier de clé privée n&apos;est sélectionné.</translation>
    </message>
</context>
<context>
    <name>wb::ConnectionDoctor</name>
    <message>
        <source>Not run: an earlier step failed.</source>
        <translation>Non exécutée&#xa0;: une étape précédente a échoué.</translation>
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
        <translation>Le serveur propose&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key login (publickey) is not among them.</source>
        <translation>L&apos;authentification par clé (publickey) n&apos;en fait pas partie.</translation>
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
        <translation>Aucun dossier de lecture n&apos;est défini.</translation>
    </message>
    <message>
        <source>newest: %1 (%2, %3)</source>
        <translation>le plus récent&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No write path is set.</source>
        <translation>Aucun dossier d&apos;écriture n&apos;est défini.</translation>
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
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not save the connection: %1</source>
        <translation>Impossible d&apos;enregistrer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation>Impossible de supprimer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>wb::DatasetWriter</name>
    <message>
        <source>column %1 (%2): &quot;%3&quot; is not %4</source>
        <translation>colonne %1 (%2)&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas valide (attendu&#xa0;: %4)</translation>
    </message>
    <message>
        <source>the workspace refused the row: %1</source>
        <translation>l&apos;espace de travail a refusé la ligne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::DoctorReport</name>
    <message>
        <source>Connection doctor: %1 (%2), %3
</source>
        <translation>Diagnostic de connexion&#xa0;: %1 (%2), %3
</translation>
    </message>
    <message>
        <source>Key: %1; read path: %2; write path: %3

</source>
        <translation>Clé&#xa0;: %1&#xa0;; dossier de lecture&#xa0;: %2&#xa0;; dossier d&apos;écriture&#xa0;: %3

</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>
Result: the connection works.
</source>
        <translation>
Résultat&#xa0;: la connexion fonctionne.
</translation>
    </message>
    <message>
        <source>
Result: the connection does not work.
</source>
        <translation>
Résultat&#xa0;: la connexion ne fonctionne pas.
</translation>
    </message>
</context>
<context>
    <name>wb::Importer</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the file to check it against the files taken in</source>
        <translation>impossible de lire le fichier pour le comparer aux fichiers déjà récupérés</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>wb::KnownHosts</name>
    <message>
        <source>The host key could not be checked against %1.</source>
        <translation>La clé d&apos;hôte n&apos;a pas pu être vérifiée dans %1.</translation>
    </message>
    <message>
        <source>Could not add the host key (libssh2 %1).</source>
        <translation>Impossible d&apos;ajouter la clé d&apos;hôte (libssh2 %1).</translation>
    </message>
    <message>
        <source>A different key is already pinned for this server: it is not replaced here. Remove the old entry from %1 once the platform has confirmed the change.</source>
        <translation>Une autre clé est déjà épinglée pour ce serveur&#xa0;: elle n&apos;est pas remplacée ici. Supprimez l&apos;ancienne entrée de %1 une fois que la plateforme a confirmé le changement.</translation>
    </message>
</context>
<context>
    <name>wb::Secrets</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (%1).</source>
        <translation>Aucun service de trousseau n&apos;est actif sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation>L&apos;accès au trousseau a été refusé (%1).</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (there is no D-Bus session).</source>
        <translation>Aucun service de trousseau n&apos;est actif sur cet ordinateur (il n&apos;y a pas de session D-Bus).</translation>
    </message>
</context>
<context>
    <name>wb::SftpSession</name>
    <message>
        <source>The connection to %1 was lost while %2. Try again; if it keeps happening, the server or a firewall is closing the connection.</source>
        <translation>La connexion à %1 a été perdue pendant %2. Réessayez&#xa0;; si le problème persiste, c&apos;est que le serveur ou un pare-feu ferme la connexion.</translation>
    </message>
    <message>
        <source>%1 stopped answering while %2.</source>
        <translation>%1 a cessé de répondre pendant %2.</translation>
    </message>
    <message>
        <source>%1 on port %2 did not answer as an SSH server: check the port.</source>
        <translation>%1 n&apos;a pas répondu comme un serveur SSH sur le port %2&#xa0;: vérifiez le port.</translation>
    </message>
    <message>
        <source>The server and this computer share no encryption method (%1). The server may only offer algorithms that are no longer safe.</source>
        <translation>Le serveur et cet ordinateur n&apos;ont aucune méthode de chiffrement en commun (%1). Le serveur ne propose peut-être que des algorithmes qui ne sont plus sûrs.</translation>
    </message>
    <message>
        <source>Failed while %1: %2</source>
        <translation>Échec pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on the server (while %2). Check the path with the platform; paths are relative to the login folder unless they start with &apos;/&apos;.</source>
        <translation>%1 n&apos;existe pas sur le serveur (pendant %2). Vérifiez le chemin auprès de la plateforme&#xa0;; les chemins sont relatifs au dossier initial du compte, sauf s&apos;ils commencent par &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The server does not allow %1 to access %2 (while %3). Ask the platform to grant this user access to that folder.</source>
        <translation>Le serveur n&apos;autorise pas %1 à accéder à %2 (pendant %3). Demandez à la plateforme d&apos;accorder à cet utilisateur l&apos;accès à ce dossier.</translation>
    </message>
    <message>
        <source>%1 already exists on the server.</source>
        <translation>%1 existe déjà sur le serveur.</translation>
    </message>
    <message>
        <source>The server has no space left for %1 (while %2).</source>
        <translation>Le serveur n&apos;a plus d&apos;espace disponible pour %1 (pendant %2).</translation>
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
        <translation>La clé d&apos;hôte du serveur a CHANGÉ depuis qu&apos;elle a été approuvée (il présente désormais %1 %2). Soit le serveur a été réinstallé, soit quelqu&apos;un intercepte la connexion. Demandez au support de la plateforme de confirmer la nouvelle empreinte avant de supprimer l&apos;ancienne clé de %3.</translation>
    </message>
    <message>
        <source>This server is not trusted yet. It presents the %1 key %2: compare it with the fingerprint the platform gave you, then trust it.</source>
        <translation>Ce serveur n&apos;est pas encore approuvé. Il présente la clé %1 %2&#xa0;: comparez-la avec l&apos;empreinte que la plateforme vous a communiquée, puis approuvez-la.</translation>
    </message>
    <message>
        <source>asking which login methods the server offers</source>
        <translation>la demande des méthodes d&apos;authentification proposées par le serveur</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase: enter it.</source>
        <translation>La clé %1 est protégée par une phrase secrète&#xa0;: saisissez-la.</translation>
    </message>
    <message>
        <source>The server does not accept keys for %1; it offers only: %2. Ask the platform to enable key login for this user.</source>
        <translation>Le serveur n&apos;accepte pas les clés pour %1&#xa0;; il propose uniquement&#xa0;: %2. Demandez à la plateforme d&apos;activer l&apos;authentification par clé pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La phrase secrète de %1 est incorrecte.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be used to sign the login.</source>
        <translation>%1 (%2) n&apos;a pas pu être utilisé pour signer l&apos;authentification.</translation>
    </message>
    <message>
        <source>The server refused the key %1 for user %2. Check the username, and that the matching public key is installed for that user on the server (the platform&apos;s support can do this).</source>
        <translation>Le serveur a refusé la clé %1 pour l&apos;utilisateur %2. Vérifiez le nom d&apos;utilisateur, ainsi que la présence de la clé publique correspondante pour cet utilisateur sur le serveur (le support de la plateforme peut s&apos;en charger).</translation>
    </message>
    <message>
        <source>logging in with the key</source>
        <translation>l&apos;authentification par clé</translation>
    </message>
    <message>
        <source>starting SFTP</source>
        <translation>le démarrage de SFTP</translation>
    </message>
    <message>
        <source>The login worked, but the server offers no SFTP service to %1 (%2). The account may be limited to another protocol.</source>
        <translation>L&apos;authentification a réussi, mais le serveur ne propose aucun service SFTP à %1 (%2). Le compte est peut-être limité à un autre protocole.</translation>
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
        <translation>l&apos;ouverture du fichier à télécharger</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>le téléchargement</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>creating the upload file</source>
        <translation>la création du fichier d&apos;envoi</translation>
    </message>
    <message>
        <source>Cannot read the file to upload: %1</source>
        <translation>Impossible de lire le fichier à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>l&apos;envoi</translation>
    </message>
    <message>
        <source>finishing the upload</source>
        <translation>la finalisation de l&apos;envoi</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 after the upload, not %3.</source>
        <translation>Après l&apos;envoi, le serveur contient %1 octets de %2, et non %3.</translation>
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
    <message>
        <source>The server now presents a %1 key (%2), but a key of another type is pinned for it. Ask the platform&apos;s support to confirm the new fingerprint before you remove the old key from %3.</source>
        <translation>Le serveur présente désormais une clé %1 (%2), mais une clé d&apos;un autre type est épinglée pour lui. Demandez au support de la plateforme de confirmer la nouvelle empreinte avant de supprimer l&apos;ancienne clé de %3.</translation>
    </message>
    <message>
        <source>%1 changed while it was being downloaded (%2 bytes listed, %3 read): it may still be being written. It will be taken on the next try.</source>
        <translation>%1 a changé pendant son téléchargement (%2&#xa0;octets annoncés, %3 lus)&#xa0;: il est peut-être encore en cours d&apos;écriture. Il sera récupéré à la prochaine tentative.</translation>
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
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Writeback Studio workspace: %2</source>
        <translation>%1 n&apos;est pas un espace de travail Writeback Studio&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Writeback Studio (schema %2; this version knows up to %3). Update the app.</source>
        <translation>L&apos;espace de travail %1 a été créé par une version plus récente de Writeback Studio (schéma %2&#xa0;; cette version gère jusqu&apos;au schéma %3). Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>La mise à niveau de l&apos;espace de travail vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another program: %2</source>
        <translation>L&apos;espace de travail %1 est verrouillé par un autre programme&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version de schéma de %1.</translation>
    </message>
    <message>
        <source>Upgrading the workspace failed: %1</source>
        <translation>La mise à niveau de l&apos;espace de travail a échoué&#xa0;: %1</translation>
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
        <translation>Le domaine ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The SSH port (default 22).</source>
        <translation>Le port SSH (22 par défaut).</translation>
    </message>
    <message>
        <source>The username.</source>
        <translation>Le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The private key file.</source>
        <translation>Le fichier de clé privée.</translation>
    </message>
    <message>
        <source>Where the platform drops its files.</source>
        <translation>L&apos;endroit où la plateforme dépose ses fichiers.</translation>
    </message>
    <message>
        <source>Where exports are delivered.</source>
        <translation>L&apos;endroit où les exports sont livrés.</translation>
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
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keychain.</source>
        <translation>La phrase secrète est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The passphrase was not saved: %1 It will be asked for each time, or set WRITEBACK_KEY_PASSPHRASE for unattended runs.</source>
        <translation>La phrase secrète n&apos;a pas été enregistrée&#xa0;: %1 Elle sera demandée à chaque fois&#xa0;; vous pouvez aussi définir WRITEBACK_KEY_PASSPHRASE pour les exécutions sans surveillance.</translation>
    </message>
    <message>
        <source>Next: writeback-cli connection trust %1, then connection test %1.</source>
        <translation>Ensuite&#xa0;: writeback-cli connection trust %1, puis connection test %1.</translation>
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
        <translation>Aucune connexion pour l&apos;instant (voir&#xa0;: writeback-cli connection add --help).</translation>
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
        <translation>Affiche la clé d&apos;hôte du serveur et l&apos;épingle après votre confirmation.

writeback-cli connection trust NAME [--yes | --fingerprint SHA256:...]

Une clé qui a changé depuis son épinglage n&apos;est jamais remplacée par cette commande.</translation>
    </message>
    <message>
        <source>Trust the key without asking.</source>
        <translation>Approuver la clé sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Trust the key only if its fingerprint is this one.</source>
        <translation>N&apos;approuver la clé que si son empreinte est celle-ci.</translation>
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
        <translation>L&apos;empreinte ne correspond pas&#xa0;: %1 attendue, le serveur présente %2. Clé non approuvée.</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the platform gave you. Trust it? [y/N] </source>
        <translation>Comparez-la avec l&apos;empreinte que la plateforme vous a communiquée. L&apos;approuver&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Not trusted: confirm with --yes or --fingerprint %1.</source>
        <translation>Clé non approuvée&#xa0;: confirmez avec --yes ou --fingerprint %1.</translation>
    </message>
    <message>
        <source>Not trusted.</source>
        <translation>Clé non approuvée.</translation>
    </message>
    <message>
        <source>Trusted; pinned in %1.</source>
        <translation>Clé approuvée&#xa0;; épinglée dans %1.</translation>
    </message>
    <message>
        <source>The connection doctor: checks the connection step by step.

writeback-cli connection test NAME [--json]

Exits 1 when a step fails.</source>
        <translation>Le diagnostic de connexion&#xa0;: vérifie la connexion étape par étape.

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
        <translation>Utilisation&#xa0;: writeback-cli connection add|list|remove|trust|test ...
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
        <translation>Liste un dossier distant (par défaut&#xa0;: le dossier de lecture de la connexion).

writeback-cli ls NAME [PATH] [--json]</translation>
    </message>
    <message>
        <source>The remote folder.</source>
        <translation>Le dossier distant.</translation>
    </message>
    <message>
        <source>Downloads a file: it appears under its final name only when complete.

writeback-cli get NAME REMOTE LOCAL</source>
        <translation>Télécharge un fichier&#xa0;: il n&apos;apparaît sous son nom définitif qu&apos;une fois complet.

writeback-cli get NAME REMOTE LOCAL</translation>
    </message>
    <message>
        <source>The source file.</source>
        <translation>Le fichier source.</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>L&apos;endroit où l&apos;écrire.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer to a yes/no question</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>Uploads a file: it appears under its final name only when complete.

writeback-cli put NAME LOCAL REMOTE [--overwrite]</source>
        <translation>Envoie un fichier&#xa0;: il n&apos;apparaît sous son nom définitif qu&apos;une fois complet.

writeback-cli put NAME LOCAL REMOTE [--overwrite]</translation>
    </message>
    <message>
        <source>Replace a file that is already there (otherwise an existing file is refused).</source>
        <translation>Remplacer un fichier déjà présent (sinon, un fichier existant est refusé).</translation>
    </message>
    <message>
        <source>%1: %2 rows into %3 (%4 new, %5 updated, %6 unchanged)</source>
        <translation>%1&#xa0;: %2 lignes dans %3 (%4 nouvelles, %5 mises à jour, %6 inchangées)</translation>
    </message>
    <message>
        <source>%1: already taken in, skipped</source>
        <translation>%1&#xa0;: déjà récupéré, ignoré</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1&#xa0;: annulé</translation>
    </message>
    <message>
        <source>Takes in local files: each exactly once, each in one transaction.

writeback-cli import FILE... [--as DATASET] [--encoding NAME] [--delimiter SEP] [--quote CHAR] [--no-header] [--json]

The format is recognised from the file&apos;s name and header; --as names it (a known dataset such as actito.email_openings, or a name of your own for a generic CSV dataset). Exits 1 when any file failed; the others are still taken in.</source>
        <translation>Récupère des fichiers locaux&#xa0;: chacun une seule fois, chacun dans une seule transaction.

writeback-cli import FILE... [--as DATASET] [--encoding NAME] [--delimiter SEP] [--quote CHAR] [--no-header] [--json]

Le format est reconnu d&apos;après le nom et l&apos;en-tête du fichier&#xa0;; --as permet de l&apos;indiquer (un jeu de données connu comme actito.email_openings, ou un nom de votre choix pour un jeu de données CSV générique). Se termine avec le code 1 si un fichier a échoué&#xa0;; les autres sont tout de même récupérés.</translation>
    </message>
    <message>
        <source>Files to take in.</source>
        <translation>Les fichiers à récupérer.</translation>
    </message>
    <message>
        <source>The dataset to take the files into.</source>
        <translation>Le jeu de données dans lequel récupérer les fichiers.</translation>
    </message>
    <message>
        <source>The files&apos; encoding when it is not UTF-8 (Windows-1252, ISO-8859-1, UTF-16LE, UTF-16BE).</source>
        <translation>L&apos;encodage des fichiers s&apos;il ne s&apos;agit pas d&apos;UTF-8 (Windows-1252, ISO-8859-1, UTF-16LE, UTF-16BE).</translation>
    </message>
    <message>
        <source>The field separator when it is not the one detected: &apos;,&apos;, &apos;;&apos;, &apos;|&apos; or &apos;tab&apos;.</source>
        <translation>Le séparateur de champs s&apos;il diffère de celui détecté&#xa0;: &apos;,&apos;, &apos;;&apos;, &apos;|&apos; ou &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>The quote character, or &apos;none&apos;.</source>
        <translation>Le caractère de guillemet, ou &apos;none&apos;.</translation>
    </message>
    <message>
        <source>The first row is data (generic datasets; its columns are named column_1, column_2, ...).</source>
        <translation>La première ligne contient des données (jeux de données génériques&#xa0;; ses colonnes sont nommées column_1, column_2, ...).</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos;, &apos;|&apos; or &apos;tab&apos;.</source>
        <translation>--delimiter doit valoir &apos;,&apos;, &apos;;&apos;, &apos;|&apos; ou &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>--quote must be one character or &apos;none&apos;.</source>
        <translation>--quote doit être un seul caractère ou &apos;none&apos;.</translation>
    </message>
    <message>
        <source>Takes in the new files of a connection&apos;s read path.

writeback-cli fetch NAME [--json]

Exits 1 when the connection or any file failed.</source>
        <translation>Récupère les nouveaux fichiers du dossier de lecture d&apos;une connexion.

writeback-cli fetch NAME [--json]

Se termine avec le code 1 si la connexion ou un fichier a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the read path.</source>
        <translation>
            <numerusform>%n fichier dans le dossier de lecture.</numerusform>
            <numerusform>%n fichiers dans le dossier de lecture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the datasets with their columns, types and row counts.

writeback-cli datasets [--json]</source>
        <translation>Liste les jeux de données avec leurs colonnes, types et nombres de lignes.

writeback-cli datasets [--json]</translation>
    </message>
    <message>
        <source>No datasets yet (see: writeback-cli import --help, fetch --help).</source>
        <translation>Aucun jeu de données pour l&apos;instant (voir&#xa0;: writeback-cli import --help, fetch --help).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the files taken in, and those that failed with their reasons.

writeback-cli files [--json]</source>
        <translation>Liste les fichiers récupérés, ainsi que ceux qui ont échoué, avec leur raison.

writeback-cli files [--json]</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
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
        <translation>Le domaine «&#xa0;%1&#xa0;» est introuvable (%2). Vérifiez son orthographe, et que cet ordinateur peut joindre un serveur DNS.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: no SSH server listens there, or a firewall rejects it. Check the port with the platform.</source>
        <translation>%1 a refusé la connexion sur le port %2&#xa0;: aucun serveur SSH n&apos;écoute sur ce port, ou un pare-feu la rejette. Vérifiez le port auprès de la plateforme.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 s. A firewall may be dropping the connection, or the server may only accept known IP addresses: ask the platform to allow this computer&apos;s public address.</source>
        <translation>%1 n&apos;a pas répondu sur le port %2 dans un délai de %3&#xa0;s. Un pare-feu bloque peut-être la connexion, ou le serveur n&apos;accepte que des adresses IP connues&#xa0;: demandez à la plateforme d&apos;autoriser l&apos;adresse publique de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to the host). Check the network connection, VPN or proxy.</source>
        <translation>%1 est injoignable depuis cet ordinateur (aucune route vers l&apos;hôte). Vérifiez la connexion réseau, le VPN ou le proxy.</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: %3.</source>
        <translation>Impossible de se connecter à %1 sur le port %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server stopped answering for %1 s.</source>
        <translation>Le serveur n&apos;a plus répondu pendant %1&#xa0;s.</translation>
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
        <translation>La connexion a été enregistrée, mais la phrase secrète n&apos;a pas pu être stockée dans le trousseau du système&#xa0;: %1
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
        <translation>Clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Read path</source>
        <translation>Dossier de lecture</translation>
    </message>
    <message>
        <source>Write path</source>
        <translation>Dossier d&apos;écriture</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionsPage</name>
    <message>
        <source>No connections yet</source>
        <translation>Aucune connexion pour l&apos;instant</translation>
    </message>
    <message>
        <source>A connection is the SFTP account a platform such as Full Measure or Deployteq gives you: a domain, a username and a private key. Add one, test it, and Writeback Studio can take in its writeback files.</source>
        <translation>Une connexion est le compte SFTP que vous fournit une plateforme comme Full Measure ou Deployteq&#xa0;: un domaine, un nom d&apos;utilisateur et une clé privée. Ajoutez-en une, testez-la, et Writeback Studio pourra récupérer ses fichiers writeback.</translation>
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
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;» (%2)&#xa0;?

Le fichier de clé privée et tout ce qui a déjà été récupéré sont conservés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>wb::ui::DataPage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>No data taken in yet</source>
        <translation>Aucune donnée récupérée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import the writeback files a platform sent you, drop them here, or fetch them from a connection. Each file&apos;s rows go into the dataset of its format, and the files are listed with where they came from.</source>
        <translation>Importez les fichiers writeback qu&apos;une plateforme vous a envoyés, déposez-les ici ou récupérez-les depuis une connexion. Les lignes de chaque fichier vont dans le jeu de données de son format, et les fichiers sont listés avec leur provenance.</translation>
    </message>
    <message>
        <source>&amp;Preview and import…</source>
        <translation>&amp;Prévisualiser et importer…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>The writeback files taken in, and the datasets their rows went into. Drop files here to take them in.</source>
        <translation>Les fichiers writeback récupérés, et les jeux de données dans lesquels leurs lignes ont été placées. Déposez des fichiers ici pour les récupérer.</translation>
    </message>
    <message>
        <source>Which dataset the files go into: recognised from their name and header, or one you choose when a file&apos;s format is not recognised</source>
        <translation>Le jeu de données dans lequel vont les fichiers&#xa0;: reconnu d&apos;après leur nom et leur en-tête, ou choisi par vous lorsque le format d&apos;un fichier n&apos;est pas reconnu</translation>
    </message>
    <message>
        <source>&amp;as</source>
        <translation>&amp;comme</translation>
    </message>
    <message>
        <source>Take in the new files of the connection&apos;s read path</source>
        <translation>Récupérer les nouveaux fichiers du dossier de lecture de la connexion</translation>
    </message>
    <message>
        <source>F&amp;rom connection</source>
        <translation>&amp;Depuis la connexion</translation>
    </message>
    <message>
        <source>Check how the files are read and take them in as a dataset you name</source>
        <translation>Vérifier comment les fichiers sont lus et les récupérer dans un jeu de données que vous nommez</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>Taking in file %1 of %2: %3 — %4%</source>
        <translation>Récupération du fichier %1 sur %2&#xa0;: %3 — %4&#xa0;%</translation>
    </message>
    <message>
        <source>Taking in %1 — %2%</source>
        <translation>Récupération de %1 — %2&#xa0;%</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4%</source>
        <translation>Fichier %1 sur %2&#xa0;: %3 — %4&#xa0;%</translation>
    </message>
    <message>
        <source>recognised format</source>
        <translation>format reconnu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>new dataset…</source>
        <translation>nouveau jeu de données…</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Nouveau jeu de données</translation>
    </message>
    <message>
        <source>Name of the dataset the files go into (letters, digits and _, e.g. “event_signups”):</source>
        <translation>Nom du jeu de données qui recevra les fichiers (lettres, chiffres et _, p.&#xa0;ex. «&#xa0;event_signups&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” cannot name a dataset: use letters, digits and _ (and at most one dot).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de nom de jeu de données&#xa0;: utilisez des lettres, des chiffres et _ (et au plus un point).</translation>
    </message>
    <message>
        <source>(no connections)</source>
        <translation>(aucune connexion)</translation>
    </message>
    <message>
        <source>Import writeback files</source>
        <translation>Importer des fichiers writeback</translation>
    </message>
    <message>
        <source>Writeback files (*.csv *.txt *.json);;All files (*)</source>
        <translation>Fichiers writeback (*.csv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Taking in %n file(s)…</source>
        <translation>
            <numerusform>Récupération de %n fichier…</numerusform>
            <numerusform>Récupération de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Importer de &amp;nouveau</translation>
    </message>
    <message>
        <source>Take in the failed files again, as the format chosen under “as”</source>
        <translation>Récupérer à nouveau les fichiers en échec, au format choisi sous «&#xa0;comme&#xa0;»</translation>
    </message>
    <message>
        <source>Fetch cancelled: nothing was taken in.</source>
        <translation>Récupération annulée&#xa0;: rien n&apos;a été récupéré.</translation>
    </message>
    <message>
        <source>Fetching from %1 failed: %2</source>
        <translation>La récupération depuis %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no files in its read path.</source>
        <translation>%1 n&apos;a aucun fichier dans son dossier de lecture.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) on the server.</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier sur le serveur.</numerusform>
            <numerusform>%1&#xa0;: %n fichiers sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken in</source>
        <translation>
            <numerusform>%n fichier récupéré</numerusform>
            <numerusform>%n fichiers récupérés</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new rows, %2 changed)</source>
        <translation> (%1 nouvelles lignes, %2 modifiées)</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as already taken in</source>
        <translation>
            <numerusform>%n ignoré car déjà récupéré</numerusform>
            <numerusform>%n ignorés car déjà récupérés</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: the file being read left no rows behind</source>
        <translation>annulé&#xa0;: le fichier en cours de lecture n&apos;a laissé aucune ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>The Files tab lists every failed file with its reason.</source>
        <translation>L&apos;onglet Fichiers liste chaque fichier en échec avec sa raison.</translation>
    </message>
    <message>
        <source>Files (%1, %2 failed)</source>
        <translation>Fichiers (%1, dont %2 en échec)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <source>Datasets (%1)</source>
        <translation>Jeux de données (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), table %2</source>
        <translation>
            <numerusform>%1 — %n ligne, table %2</numerusform>
            <numerusform>%1 — %n lignes, table %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::DatasetListModel</name>
    <message>
        <source>(own)</source>
        <translation>(personnalisé)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s), table %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n champ, table %2</numerusform>
            <numerusform>%1&#xa0;: %n champs, table %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>wb::ui::DatasetTableModel</name>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>The file the row&apos;s current values came from</source>
        <translation>Le fichier dont proviennent les valeurs actuelles de la ligne</translation>
    </message>
    <message>
        <source>The line of that file</source>
        <translation>La ligne dans ce fichier</translation>
    </message>
    <message>
        <source>When the row was first taken in</source>
        <translation>Date à laquelle la ligne a été récupérée pour la première fois</translation>
    </message>
    <message>
        <source>When the row last changed</source>
        <translation>Date de la dernière modification de la ligne</translation>
    </message>
    <message>
        <source>Field %1, %2</source>
        <translation>Champ %1, %2</translation>
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
        <translation>&amp;Phrase secrète&#xa0;:</translation>
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
        <translation>Aucune phrase secrète n&apos;est mémorisée pour cette connexion.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase.</source>
        <translation>La clé est protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>%1 Enter the passphrase of %2 to run the test; it is not stored.</source>
        <translation>%1 Saisissez la phrase secrète de %2 pour lancer le test&#xa0;; elle ne sera pas enregistrée.</translation>
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
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier&#xa0;:</translation>
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
        <translation>Copie le rapport complet au format texte, à coller dans une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Checks every step from finding the server to writing a file, so you can see where a connection fails and why.</source>
        <translation>Vérifie chaque étape, de la recherche du serveur jusqu&apos;à l&apos;écriture d&apos;un fichier, pour vous montrer où et pourquoi une connexion échoue.</translation>
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
        <translation>La connexion fonctionne&#xa0;: toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s host key has changed since you trusted it. Either the server was reinstalled, or someone is intercepting the connection. Writeback Studio will not connect, and does not offer to trust the new key: ask the platform&apos;s support to confirm the new fingerprint first, then remove the old key from %1.</source>
        <translation>Refusé&#xa0;: la clé d&apos;hôte du serveur a changé depuis que vous l&apos;avez approuvée. Soit le serveur a été réinstallé, soit quelqu&apos;un intercepte la connexion. Writeback Studio ne se connectera pas et ne propose pas d&apos;approuver la nouvelle clé&#xa0;: demandez d&apos;abord au support de la plateforme de confirmer la nouvelle empreinte, puis supprimez l&apos;ancienne clé de %1.</translation>
    </message>
    <message>
        <source>This server is not trusted yet. Compare its host key with the fingerprint the platform gave you before you trust it.</source>
        <translation>Ce serveur n&apos;est pas encore approuvé. Comparez sa clé d&apos;hôte avec l&apos;empreinte que la plateforme vous a communiquée avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Review host key…</source>
        <translation>Examiner la clé d&apos;hôte…</translation>
    </message>
    <message>
        <source>The connection does not work: step %1, “%2”, failed. The step says what to check.</source>
        <translation>La connexion ne fonctionne pas&#xa0;: l&apos;étape %1, «&#xa0;%2&#xa0;», a échoué. L&apos;étape indique ce qu&apos;il faut vérifier.</translation>
    </message>
</context>
<context>
    <name>wb::ui::FetchTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The key %1 of the connection “%2” is protected by a passphrase. Enter it to fetch; it is not stored.</source>
        <translation>La clé %1 de la connexion «&#xa0;%2&#xa0;» est protégée par une phrase secrète. Saisissez-la pour lancer la récupération&#xa0;; elle ne sera pas enregistrée.</translation>
    </message>
    <message>
        <source>Nothing was fetched: the key’s passphrase was not given.</source>
        <translation>Rien n&apos;a été récupéré&#xa0;: la phrase secrète de la clé n&apos;a pas été saisie.</translation>
    </message>
</context>
<context>
    <name>wb::ui::FilesModel</name>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>wb::ui::FilesPanel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
</context>
<context>
    <name>wb::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>&amp;Preview: the first %n row(s)</source>
        <translation>
            <numerusform>&amp;Aperçu&#xa0;: %n première ligne</numerusform>
            <numerusform>&amp;Aperçu&#xa0;: les %n premières lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows as the choices above read them; the row headers are line numbers</source>
        <translation>Les lignes telles que les lisent les choix ci-dessus&#xa0;; les en-têtes de ligne sont des numéros de ligne</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Quotes are not guessed: double quotes are the CSV standard. Choose “none” when quote characters are part of the values.</source>
        <translation>Les guillemets ne sont pas devinés&#xa0;: les guillemets doubles sont la norme CSV. Choisissez «&#xa0;Aucun&#xa0;» lorsque les guillemets font partie des valeurs.</translation>
    </message>
    <message>
        <source>The file&apos;s byte-order mark decides its encoding</source>
        <translation>La marque d&apos;ordre des octets du fichier détermine son encodage</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Guillemet double ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>Apostrophe ( &apos; )</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and _, starting with a letter; at most one dot (e.g. local.event_signups).</source>
        <translation>Utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre&#xa0;; au plus un point (p.&#xa0;ex. local.event_signups).</translation>
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
        <source>No exports defined yet</source>
        <translation>Aucun export défini pour l&apos;instant</translation>
    </message>
    <message>
        <source>Exports turn taken-in writebacks into the files your CRM or student information system imports. Their definitions, with columns and destination, will be listed here.</source>
        <translation>Les exports transforment les données writeback récupérées en fichiers que votre CRM ou votre système d&apos;information étudiant peut importer. Leurs définitions, avec les colonnes et la destination, apparaîtront ici.</translation>
    </message>
    <message>
        <source>Nothing has run yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>Every download and export run will be recorded here, with when it ran, what it moved and, when something failed, why.</source>
        <translation>Chaque téléchargement et chaque export exécuté sera consigné ici, avec sa date, ce qu&apos;il a transféré et, en cas d&apos;échec, la raison.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
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
    <name>wb::ui::RawFileView</name>
    <message>
        <source>%1 was taken in from the connection “%2” and lives on its server (%3); only files taken in from this computer can be shown here.</source>
        <translation>%1 a été récupéré depuis la connexion «&#xa0;%2&#xa0;» et se trouve sur son serveur (%3)&#xa0;; seuls les fichiers récupérés depuis cet ordinateur peuvent être affichés ici.</translation>
    </message>
    <message>
        <source>%1 can no longer be read: %2</source>
        <translation>%1 n&apos;est plus lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Affichage des premiers %1 sur %2.</translation>
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
        <translation>Impossible d&apos;obtenir la clé du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pinning the key…</source>
        <translation>Épinglage de la clé…</translation>
    </message>
    <message>
        <source>Refused: %1
Nothing was trusted. Ask the platform&apos;s support to confirm the server&apos;s key.</source>
        <translation>Refusé&#xa0;: %1
Aucune clé n&apos;a été approuvée. Demandez au support de la plateforme de confirmer la clé du serveur.</translation>
    </message>
</context>
</TS>
