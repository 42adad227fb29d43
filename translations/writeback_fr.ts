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
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onnexion</translation>
    </message>
    <message>
        <source>&amp;Intake rules</source>
        <translation>&amp;Règles de récupération</translation>
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
    <name>DailySummary</name>
    <message numerus="yes">
        <source>Writeback Studio: %1, %n failed run(s)</source>
        <translation>
            <numerusform>Writeback Studio&#xa0;: %1, %n exécution en échec</numerusform>
            <numerusform>Writeback Studio&#xa0;: %1, %n exécutions en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 holds files that are not a complete demo.</source>
        <translation>%1 contient des fichiers qui ne forment pas une démo complète.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, so the file was not downloaded</source>
        <translation>%1, le fichier n&apos;a donc pas été téléchargé</translation>
    </message>
    <message>
        <source>The folder could not be listed: %1</source>
        <translation>Impossible de lister le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: taken in, but not deleted from the server: %2</source>
        <translation>%1&#xa0;: récupéré, mais non supprimé du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: taken in, but the archive folder %2 could not be made: %3</source>
        <translation>%1&#xa0;: récupéré, mais le dossier d&apos;archive %2 n&apos;a pas pu être créé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: taken in, but not moved to %2: %3</source>
        <translation>%1&#xa0;: récupéré, mais non déplacé vers %2&#xa0;: %3</translation>
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
    <name>IntakeRuleDialog</name>
    <message>
        <source>Intake rule</source>
        <translation>Règle de récupération</translation>
    </message>
    <message>
        <source>A fetch takes each file in by the first of the connection&apos;s rules whose pattern matches it.</source>
        <translation>Une récupération prend chaque fichier selon la première règle de la connexion dont le motif lui correspond.</translation>
    </message>
    <message>
        <source>Which files</source>
        <translation>Quels fichiers</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. export_*.csv</source>
        <translation>p. ex. export_*.csv</translation>
    </message>
    <message>
        <source>The files the rule applies to: * stands for any characters, ? for one</source>
        <translation>Les fichiers auxquels la règle s&apos;applique&#xa0;: * remplace n&apos;importe quels caractères, ? un seul</translation>
    </message>
    <message>
        <source>A glob such as export_*.csv: * stands for any characters and ? for one, [abc] for one of a, b or c; case does not count. Without a &apos;/&apos;, it matches the file&apos;s name wherever the file lies; with a &apos;/&apos;, it matches the file&apos;s path under the read path, such as */opens_*.csv for the opens files one folder down. * and ? never stand for a &apos;/&apos;.</source>
        <translation>Un motif tel que export_*.csv&#xa0;: * remplace n&apos;importe quels caractères et ? un seul, [abc] l&apos;un de a, b ou c&#xa0;; la casse n&apos;est pas prise en compte. Sans &apos;/&apos;, il porte sur le nom du fichier, où que le fichier se trouve&#xa0;; avec un &apos;/&apos;, il porte sur le chemin du fichier sous le dossier de lecture, comme */opens_*.csv pour les fichiers opens un dossier plus bas. * et ? ne remplacent jamais un &apos;/&apos;.</translation>
    </message>
    <message>
        <source>&amp;Subfolders:</source>
        <translation>&amp;Sous-dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>How far down the read path&apos;s subfolders the rule looks for its files</source>
        <translation>Jusqu&apos;à quelle profondeur de sous-dossiers du dossier de lecture la règle cherche ses fichiers</translation>
    </message>
    <message>
        <source>How they are read</source>
        <translation>Comment ils sont lus</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>The dataset the files go into</source>
        <translation>Le jeu de données qui reçoit les fichiers</translation>
    </message>
    <message>
        <source>Where the rows of the files go: a platform&apos;s format (for a file whose name does not say which, such as a neutrally named Actito export), or a dataset of your own for files no format describes. Recognised from the name and header is what a fetch does without a rule.</source>
        <translation>Où vont les lignes des fichiers&#xa0;: le format d&apos;une plateforme (pour un fichier dont le nom ne dit pas lequel, comme un export Actito au nom neutre), ou un jeu de données à vous pour des fichiers qu&apos;aucun format ne décrit. «&#xa0;Reconnu d&apos;après le nom et l&apos;en-tête&#xa0;» est ce que fait une récupération sans règle.</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>How the files write their dates, when the file itself cannot show it</source>
        <translation>Comment les fichiers écrivent leurs dates, quand le fichier lui-même ne permet pas de le voir</translation>
    </message>
    <message>
        <source>A date such as 05/12/2026 can be 5 December or 12 May. Automatic takes the order a file shows (a day above 12 somewhere in the column) and refuses a file that shows none; day first or month first says it for every file of this rule.</source>
        <translation>Une date comme 05/12/2026 peut être le 5 décembre ou le 12 mai. «&#xa0;Automatique&#xa0;» prend l&apos;ordre que montre le fichier (un jour supérieur à 12 quelque part dans la colonne) et refuse un fichier qui n&apos;en montre aucun&#xa0;; jour ou mois en premier le fixe pour tous les fichiers de cette règle.</translation>
    </message>
    <message>
        <source>On the server, once taken in</source>
        <translation>Sur le serveur, une fois récupérés</translation>
    </message>
    <message>
        <source>&amp;Keep the file (it is not taken in twice)</source>
        <translation>&amp;Garder le fichier (il n&apos;est pas récupéré deux fois)</translation>
    </message>
    <message>
        <source>The default: Full Measure re-delivers whole files, and a fetch skips what it took in before</source>
        <translation>Par défaut&#xa0;: Full Measure relivre des fichiers entiers, et une récupération ignore ce qu&apos;elle a déjà pris</translation>
    </message>
    <message>
        <source>De&amp;lete the file</source>
        <translation>Supprimer &amp;le fichier</translation>
    </message>
    <message>
        <source>&amp;Move it to the folder:</source>
        <translation>&amp;Le déplacer dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. done</source>
        <translation>p. ex. done</translation>
    </message>
    <message>
        <source>Relative to the read path, or absolute; made if missing</source>
        <translation>Relatif au dossier de lecture, ou absolu&#xa0;; créé s&apos;il manque</translation>
    </message>
</context>
<context>
    <name>JobId</name>
    <message>
        <source>&quot;%1&quot; is not a job: write fetch:CONNECTION, consume:QUEUE or export:NAME.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une tâche&#xa0;: écrivez fetch:CONNECTION, consume:QUEUE ou export:NAME.</translation>
    </message>
</context>
<context>
    <name>JobLock</name>
    <message>
        <source>%1 is running already (%2, since %3).</source>
        <translation>%1 est déjà en cours d&apos;exécution (%2, depuis %3).</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message numerus="yes">
        <source>%n file(s) could not be taken in: </source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être récupéré&#xa0;: </numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être récupérés&#xa0;: </numerusform>
        </translation>
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
    <name>QueueEditor</name>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Enter the message queue details the platform gave you (Civitas: its Amazon MQ broker). Nothing is saved until you click Save.</source>
        <translation>Saisissez les informations de file de messages que la plateforme vous a communiquées (Civitas&#xa0;: son broker Amazon MQ). Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Enregistrer.</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. civitas-outreach</source>
        <translation>p.&#xa0;ex. civitas-outreach</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>amqps://b-1234.mq.us-east-1.amazonaws.com:5671</source>
        <translation>amqps://b-1234.mq.us-east-1.amazonaws.com:5671</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>the user name the platform gave you</source>
        <translation>le nom d&apos;utilisateur que la plateforme vous a communiqué</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Conservé dans le trousseau du système, jamais dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. outreach or /queues/outreach</source>
        <translation>p.&#xa0;ex. outreach ou /queues/outreach</translation>
    </message>
    <message>
        <source>Amazon MQ for ActiveMQ: the queue&apos;s name
RabbitMQ 4: /queues/NAME</source>
        <translation>Amazon MQ pour ActiveMQ&#xa0;: le nom de la file d&apos;attente
RabbitMQ 4&#xa0;: /queues/NAME</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>optional: the system&apos;s certificates are trusted</source>
        <translation>facultatif&#xa0;: les certificats du système sont approuvés</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>A PEM file of the CA to trust instead of the system&apos;s, for a broker with a private certificate.</source>
        <translation>Un fichier PEM de l&apos;autorité de certification à approuver à la place de celles du système, pour un broker doté d&apos;un certificat privé.</translation>
    </message>
    <message>
        <source>Queue test</source>
        <translation>Test de file d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Test queue</source>
        <translation>&amp;Tester la file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>SftpSession</name>
    <message>
        <source>The server refused the key %1 for user %2. Check the username, and that the matching public key is installed for that user on the server (the platform&apos;s support can do this).</source>
        <translation>Le serveur a refusé la clé %1 pour l’utilisateur %2. Vérifiez le nom d’utilisateur et que la clé publique correspondante est installée pour cet utilisateur sur le serveur (le support de la plateforme peut le faire).</translation>
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
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Réglages de l’espace de travail</translation>
    </message>
    <message>
        <source>Kept files</source>
        <translation>Fichiers conservés</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Conserver pendant :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Copies of delivered files (kept for re-delivery) and run reports hold personal data. Older ones are removed when scheduled jobs run; the run history stays.</source>
        <translation>Les copies des fichiers livrés (conservées pour une nouvelle livraison) et les rapports d’exécution contiennent des données personnelles. Les plus anciens sont supprimés lors des tâches planifiées ; l’historique des exécutions est conservé.</translation>
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
        <source>--workspace needs a file.</source>
        <translation>--workspace attend un fichier.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>Commande %1 «&#xa0;%2&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli [--workspace FILE] COMMAND [ARGS]

Commands:
  connection add|list|remove|trust|test   manage SFTP connections; test runs the doctor
  connection rule add|list|remove         how a fetch takes in a connection&apos;s files
  ls NAME [PATH]                          list a remote folder
  get NAME REMOTE LOCAL                   download a file
  put NAME LOCAL REMOTE                   upload a file
  import FILE... [--as DATASET] [--dates ORDER]
                                          take in local files
  fetch NAME                              take in the new files of a connection&apos;s read path
  queue add|list|remove|test|consume|replay
                                          message queues (Civitas): take their messages in
  datasets                                list datasets with columns, types and row counts
  dataset multi-value DATASET FIELD...    say which fields hold several values, and their separator
  files                                   list files taken in, and failed ones with reasons
  export save|list|show|rename|remove|preview|run|redeliver
                                          define exports, preview and run them
  runs [--export NAME]                    the export run history
  schedule set|list|pause|resume|remove   run fetches and exports on a schedule
  run-due [--job JOB]                     run what is due now (the system&apos;s scheduler calls this)
  notify set|show|test|remove             e-mail failed runs and daily summaries
  settings show|set                       the workspace&apos;s settings (how long kept files stay)

Every command takes --help. Exit codes: 0 ok, 1 the operation failed, 2 usage error.
The workspace defaults to %1
</source>
        <translation>Utilisation&#xa0;: writeback-cli [--workspace FILE] COMMAND [ARGS]

Commandes&#xa0;:
  connection add|list|remove|trust|test   gérer les connexions SFTP&#xa0;; test lance le diagnostic
  connection rule add|list|remove         définir comment une récupération traite les fichiers d&apos;une connexion
  ls NAME [PATH]                          lister un dossier distant
  get NAME REMOTE LOCAL                   télécharger un fichier
  put NAME LOCAL REMOTE                   envoyer un fichier
  import FILE... [--as DATASET] [--dates ORDER]
                                          récupérer des fichiers locaux
  fetch NAME                              récupérer les nouveaux fichiers du dossier de lecture d&apos;une connexion
  queue add|list|remove|test|consume|replay
                                          files de messages (Civitas)&#xa0;: récupérer leurs messages
  datasets                                lister les jeux de données avec leurs colonnes, types et nombres de lignes
  dataset multi-value DATASET FIELD...    indiquer quels champs contiennent plusieurs valeurs, et leur séparateur
  files                                   lister les fichiers récupérés, et ceux en échec avec leur raison
  export save|list|show|rename|remove|preview|run|redeliver
                                          définir des exports, les prévisualiser et les exécuter
  runs [--export NAME]                    l&apos;historique des exécutions d&apos;export
  schedule set|list|pause|resume|remove   exécuter des récupérations et des exports selon une planification
  run-due [--job JOB]                     exécuter ce qui doit l&apos;être maintenant (appelé par le planificateur du système)
  notify set|show|test|remove             signaler par e-mail les exécutions en échec, et envoyer des récapitulatifs quotidiens
  settings show|set                       les réglages de l’espace de travail (durée de conservation des fichiers)

Chaque commande accepte --help. Codes de sortie&#xa0;: 0 succès, 1 échec de l&apos;opération, 2 erreur d&apos;utilisation.
L&apos;espace de travail par défaut est %1
</translation>
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
    <message>
        <source>Preparing the demo…</source>
        <translation>Préparation de la démo…</translation>
    </message>
    <message>
        <source>Open a demo workspace: a fictional university&apos;s connections, data, exports and two weeks of runs (%1).</source>
        <translation>Ouvrir un espace de travail de démonstration : les connexions, données, exports et deux semaines d’exécutions d’une université fictive (%1).</translation>
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
    <message>
        <source>the pattern is empty</source>
        <translation>le modèle est vide</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is repeated more than %2 times</source>
        <translation>«&#xa0;%1&#xa0;» est répété plus de %2 fois</translation>
    </message>
    <message>
        <source>write the year as yy or yyyy</source>
        <translation>écrivez l&apos;année sous la forme yy ou yyyy</translation>
    </message>
    <message>
        <source>only t (the zone as stored) is supported, not tt, ttt or tttt</source>
        <translation>seul t (le fuseau tel qu&apos;enregistré) est pris en charge, pas tt, ttt ni tttt</translation>
    </message>
    <message>
        <source>write the AM/PM marker as AP, ap, A or a</source>
        <translation>écrivez l&apos;indicateur AM/PM sous la forme AP, ap, A ou a</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time field; put literal text in single quotes</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ de date ou d&apos;heure&#xa0;; mettez le texte littéral entre apostrophes</translation>
    </message>
    <message>
        <source>the pattern has no date or time field</source>
        <translation>le modèle ne contient aucun champ de date ou d&apos;heure</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an array</source>
        <translation>&quot;columns&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;field&quot; and &quot;header&quot;</source>
        <translation>&quot;%1&quot; doit être un objet avec &quot;field&quot; et &quot;header&quot;</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>The export has no columns.</source>
        <translation>L&apos;export n&apos;a aucune colonne.</translation>
    </message>
    <message>
        <source>Column %1 has no field.</source>
        <translation>La colonne %1 n&apos;a pas de champ.</translation>
    </message>
    <message>
        <source>Column %1: dataset &quot;%2&quot; has no field &quot;%3&quot;; its fields are %4.</source>
        <translation>Colonne %1&#xa0;: le jeu de données «&#xa0;%2&#xa0;» n&apos;a pas de champ «&#xa0;%3&#xa0;»&#xa0;; ses champs sont %4.</translation>
    </message>
    <message>
        <source>Column %1 (%2) has an empty header.</source>
        <translation>La colonne %1 (%2) a un en-tête vide.</translation>
    </message>
    <message>
        <source>Column %1 (%2): the header &quot;%3&quot; is already column %4&apos;s.</source>
        <translation>Colonne %1 (%2)&#xa0;: l&apos;en-tête «&#xa0;%3&#xa0;» est déjà celui de la colonne %4.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Le nom de fichier est vide.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; holds %2, which is not allowed in file names.</source>
        <translation>Le nom de fichier «&#xa0;%1&#xa0;» contient %2, ce qui n&apos;est pas autorisé dans les noms de fichiers.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is reserved on Windows.</source>
        <translation>Le nom de fichier «&#xa0;%1&#xa0;» est réservé sous Windows.</translation>
    </message>
    <message>
        <source>The file name suffix &quot;%1&quot; is not a valid pattern: %2</source>
        <translation>Le suffixe de nom de fichier «&#xa0;%1&#xa0;» n&apos;est pas un modèle valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file name suffix &quot;%1&quot; makes &quot;%2&quot;, which holds %3, not allowed in file names.</source>
        <translation>Le suffixe de nom de fichier «&#xa0;%1&#xa0;» donne «&#xa0;%2&#xa0;», qui contient %3, ce qui n&apos;est pas autorisé dans les noms de fichiers.</translation>
    </message>
    <message>
        <source>The SFTP destination has no connection.</source>
        <translation>La destination SFTP n&apos;a pas de connexion.</translation>
    </message>
    <message>
        <source>The local destination has no folder.</source>
        <translation>La destination locale n&apos;a pas de dossier.</translation>
    </message>
    <message>
        <source>The destination folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Le dossier de destination «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The destination folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier de destination «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is not a folder.</source>
        <translation>La destination «&#xa0;%1&#xa0;» n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The destination folder &quot;%1&quot; cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier de destination «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The export name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Le nom d&apos;export «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The export has no dataset.</source>
        <translation>L&apos;export n&apos;a pas de jeu de données.</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; does not exist.</source>
        <translation>Le jeu de données «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; is not valid: %2</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The date-time format &quot;%1&quot; is not valid: %2</source>
        <translation>Le format de date et heure «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Le séparateur doit être une virgule, un point-virgule ou une tabulation.</translation>
    </message>
    <message>
        <source>The multi-value separator is empty.</source>
        <translation>Le séparateur de valeurs multiples est vide.</translation>
    </message>
    <message>
        <source>Some values have accents or other non-ASCII characters: Excel shows them garbled unless the file starts with a byte-order mark (Format of file: BOM).</source>
        <translation>Certaines valeurs contiennent des accents ou d&apos;autres caractères non ASCII&#xa0;: Excel les affiche de manière illisible si le fichier ne commence pas par une marque d&apos;ordre des octets (Format du fichier&#xa0;: BOM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has values with leading zeros: Excel drops them (007 becomes 7).</source>
        <translation>«&#xa0;%1&#xa0;» contient des valeurs avec des zéros initiaux&#xa0;: Excel les supprime (007 devient 7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has values starting with = + - or @: Excel may run them as formulas. Turn on the formula guard to write them as text.</source>
        <translation>«&#xa0;%1&#xa0;» contient des valeurs commençant par = + - ou @&#xa0;: Excel peut les exécuter comme des formules. Activez la protection contre les formules pour les écrire sous forme de texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as %2: Excel reads such dates in the order of the computer&apos;s regional settings and may swap day and month. yyyy-MM-dd is read the same everywhere.</source>
        <translation>«&#xa0;%1&#xa0;» est écrit au format %2&#xa0;: Excel lit ces dates dans l&apos;ordre défini par les paramètres régionaux de l&apos;ordinateur et peut inverser le jour et le mois. yyyy-MM-dd est lu de la même façon partout.</translation>
    </message>
    <message>
        <source>Cannot write the export file: %1</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writeback Studio: %1, all runs completed</source>
        <translation>Writeback Studio&#xa0;: %1, toutes les exécutions ont réussi</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Runs that started on %1 (time zone %2).</source>
        <translation>Exécutions démarrées le %1 (fuseau horaire %2).</translation>
    </message>
    <message>
        <source>No job ran that day.</source>
        <translation>Aucune tâche ne s&apos;est exécutée ce jour-là.</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Échecs&#xa0;:</translation>
    </message>
    <message>
        <source>%1 run %2 at %3</source>
        <translation>%1, exécution %2 à %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Sends the rows of run %1 again.</source>
        <translation>Renvoie les lignes de l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>New rows after row %1 up to row %2.</source>
        <translation>Nouvelles lignes après la ligne %1, jusqu&apos;à la ligne %2.</translation>
    </message>
    <message>
        <source>Changes after change %1 up to change %2.</source>
        <translation>Modifications après la modification %1, jusqu&apos;à la modification %2.</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mail settings are incomplete: %1</source>
        <translation>Les paramètres de messagerie sont incomplets&#xa0;: %1</translation>
    </message>
    <message>
        <source>No SMTP password for %1 on %2: store it in the keychain or set WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Aucun mot de passe SMTP pour %1 sur %2&#xa0;: enregistrez-le dans le trousseau ou définissez WRITEBACK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>skipped (another run of this job was in progress)</source>
        <translation>ignorée (une autre exécution de cette tâche était en cours)</translation>
    </message>
    <message>
        <source>Fix the cause above, then send the rows again: writeback-cli export redeliver RUN_ID, with the id of the run to send again (writeback-cli runs --export %1 lists them). A redelivery never moves the export&apos;s watermark.</source>
        <translation>Corrigez la cause ci-dessus, puis renvoyez les lignes&#xa0;: writeback-cli export redeliver RUN_ID, avec l&apos;identifiant de l&apos;exécution à renvoyer (writeback-cli runs --export %1 les liste). Un renvoi ne déplace jamais le point de reprise de l&apos;export.</translation>
    </message>
    <message>
        <source>Fix the cause above, then run the export again: writeback-cli export run %1 (or Run now on the Exports page). A failed run leaves the export&apos;s watermark where it was, so the next run delivers these rows: none are lost and none are sent twice.</source>
        <translation>Corrigez la cause ci-dessus, puis exécutez à nouveau l&apos;export&#xa0;: writeback-cli export run %1 (ou Exécuter maintenant sur la page Exports). Une exécution en échec laisse le point de reprise de l&apos;export là où il était&#xa0;: la prochaine exécution livrera donc ces lignes, sans en perdre aucune ni en envoyer deux fois.</translation>
    </message>
    <message>
        <source>Fix the cause above, then fetch again: writeback-cli fetch %1. Files that were not taken in are tried again on the next fetch; files already taken in are never taken in twice.</source>
        <translation>Corrigez la cause ci-dessus, puis relancez la récupération&#xa0;: writeback-cli fetch %1. Les fichiers qui n&apos;ont pas été récupérés seront retentés à la prochaine récupération&#xa0;; les fichiers déjà récupérés ne le sont jamais deux fois.</translation>
    </message>
    <message>
        <source>Fix the cause above, then run the job again.</source>
        <translation>Corrigez la cause ci-dessus, puis exécutez à nouveau la tâche.</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (exécution %2)</translation>
    </message>
    <message>
        <source>Writeback Studio: export %1 failed</source>
        <translation>Writeback Studio&#xa0;: échec de l&apos;export %1</translation>
    </message>
    <message>
        <source>Writeback Studio: fetch %1 failed</source>
        <translation>Writeback Studio&#xa0;: échec de la récupération %1</translation>
    </message>
    <message>
        <source>Writeback Studio: %1 failed</source>
        <translation>Writeback Studio&#xa0;: échec de %1</translation>
    </message>
    <message>
        <source>Writeback Studio: export %1 completed</source>
        <translation>Writeback Studio&#xa0;: export %1 terminé</translation>
    </message>
    <message>
        <source>Writeback Studio: fetch %1 completed</source>
        <translation>Writeback Studio&#xa0;: récupération %1 terminée</translation>
    </message>
    <message>
        <source>Writeback Studio: %1 %2</source>
        <translation>Writeback Studio&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <source>(no message was recorded)</source>
        <translation>(aucun message n&apos;a été enregistré)</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Que faire ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not installed (not found in PATH)</source>
        <translation>%1 n&apos;est pas installé (introuvable dans le PATH)</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>aucune réponse en %1 secondes</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The scheduler needs the full path of writeback-cli, not &quot;%1&quot;.</source>
        <translation>Le planificateur a besoin du chemin complet de writeback-cli, et non de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>le nom de fichier est vide</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; means a folder, not a file</source>
        <translation>le nom «&#xa0;%1&#xa0;» désigne un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds a control character (U+%2)</source>
        <translation>le nom «&#xa0;%1&#xa0;» contient un caractère de contrôle (U+%2)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;/&quot;, which separates folders</source>
        <translation>le nom «&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;», qui sépare les dossiers</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;\&quot;, which separates folders on Windows</source>
        <translation>le nom «&#xa0;%1&#xa0;» contient «&#xa0;\&#xa0;», qui sépare les dossiers sous Windows</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;:&quot;, which Windows reads as a drive or a stream of another file</source>
        <translation>le nom «&#xa0;%1&#xa0;» contient «&#xa0;:&#xa0;», que Windows lit comme un lecteur ou un flux d&apos;un autre fichier</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;%2&quot;, which Windows does not allow in file names</source>
        <translation>le nom «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», que Windows n&apos;autorise pas dans les noms de fichiers</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; ends with a dot, which Windows drops</source>
        <translation>le nom «&#xa0;%1&#xa0;» se termine par un point, que Windows supprime</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; ends with a space, which Windows drops</source>
        <translation>le nom «&#xa0;%1&#xa0;» se termine par une espace, que Windows supprime</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is a reserved device name on Windows</source>
        <translation>le nom «&#xa0;%1&#xa0;» est un nom de périphérique réservé sous Windows</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is too long: %2 bytes in UTF-8, where a file name may have at most %3</source>
        <translation>le nom «&#xa0;%1&#xa0;» est trop long&#xa0;: %2&#xa0;octets en UTF-8, alors qu&apos;un nom de fichier en compte au plus %3</translation>
    </message>
    <message>
        <source>f and F (fractions of a second) are for values, not file names</source>
        <translation>f et F (fractions de seconde) sont réservés aux valeurs, pas aux noms de fichiers</translation>
    </message>
    <message>
        <source>more than %1 different outreach property names and value ids: not outreach properties as Civitas sends them</source>
        <translation>plus de %1 noms de propriétés outreach et identifiants de valeurs différents&#xa0;: ce ne sont pas des propriétés outreach telles que Civitas les envoie</translation>
    </message>
    <message>
        <source>Files: %1 listed, %2 taken in, %3 failed.</source>
        <translation>Fichiers&#xa0;: %1 listés, %2 récupérés, %3 en échec.</translation>
    </message>
    <message>
        <source>Messages: %1 taken, %2 already taken before, %3 kept as unreadable.</source>
        <translation>Messages&#xa0;: %1 récupérés, %2 déjà récupérés auparavant, %3 mis de côté car illisibles.</translation>
    </message>
    <message>
        <source>Fix the cause above, then consume again: writeback-cli queue consume %1. Messages that were not stored stay on the queue and are taken next time; messages already stored are recognised and never taken in twice.</source>
        <translation>Corrigez la cause ci-dessus, puis relancez la consommation&#xa0;: writeback-cli queue consume %1. Les messages qui n&apos;ont pas été enregistrés restent dans la file d&apos;attente et seront récupérés la prochaine fois&#xa0;; les messages déjà enregistrés sont reconnus et ne sont jamais récupérés deux fois.</translation>
    </message>
    <message>
        <source>manual</source>
        <comment>how a run was started</comment>
        <translation>manuel</translation>
    </message>
    <message>
        <source>schedule</source>
        <comment>how a run was started</comment>
        <translation>planification</translation>
    </message>
    <message>
        <source>retry</source>
        <comment>how a run was started</comment>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>redelivery</source>
        <comment>how a run was started</comment>
        <translation>relivraison</translation>
    </message>
    <message>
        <source>Writeback Studio: consume %1 failed</source>
        <translation>Writeback Studio&#xa0;: échec de la consommation %1</translation>
    </message>
    <message>
        <source>Writeback Studio: consume %1 completed</source>
        <translation>Writeback Studio&#xa0;: consommation %1 terminée</translation>
    </message>
    <message>
        <source>The entry an older version registered for %1 could not be removed: %2</source>
        <translation>L&apos;inscription qu&apos;une version antérieure avait créée pour %1 n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; has no deleted records to send: the &quot;deleted&quot; increment reads datasets that a deleted-records export marks (%2).</source>
        <translation>Le jeu de données «&#xa0;%1&#xa0;» n&apos;a aucun enregistrement supprimé à envoyer&#xa0;: l&apos;incrément «&#xa0;deleted&#xa0;» lit les jeux de données qu&apos;un export d&apos;enregistrements supprimés marque (%2).</translation>
    </message>
    <message>
        <source>&quot;lookup.match&quot; must be an array of {&quot;field&quot;: ..., &quot;lookup_field&quot;: ...}</source>
        <translation>« lookup.match » doit être un tableau de {&quot;field&quot;: ..., &quot;lookup_field&quot;: ...}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;field&quot; and &quot;lookup_field&quot;</source>
        <translation>« %1 » doit être un objet avec « field » et « lookup_field »</translation>
    </message>
    <message>
        <source>The lookup has no dataset.</source>
        <translation>La recherche n&apos;a pas de jeu de données.</translation>
    </message>
    <message>
        <source>The lookup of &quot;%1&quot; matches on no field.</source>
        <translation>La recherche dans « %1 » ne fait correspondre aucun champ.</translation>
    </message>
    <message>
        <source>The lookup dataset &quot;%1&quot; does not exist.</source>
        <translation>Le jeu de données de recherche « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The lookup matches on &quot;%1&quot;, which dataset &quot;%2&quot; does not have.</source>
        <translation>La recherche fait correspondre « %1 », que le jeu de données « %2 » n&apos;a pas.</translation>
    </message>
    <message>
        <source>The lookup matches %1 (%2) with %3 (%4): values of different types never match.</source>
        <translation>La recherche fait correspondre %1 (%2) avec %3 (%4) : des valeurs de types différents ne correspondent jamais.</translation>
    </message>
    <message>
        <source>expected an outreach message object, or an array of them</source>
        <translation>un objet message de suivi, ou un tableau de tels objets, était attendu</translation>
    </message>
    <message>
        <source>%1: cannot read the header map: %2</source>
        <translation>%1&#xa0;: impossible de lire la table des en-têtes&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a header map has one line a column; this file is %2 bytes</source>
        <translation>%1&#xa0;: une table des en-têtes a une ligne par colonne&#xa0;; ce fichier fait %2 octets</translation>
    </message>
    <message>
        <source>expected their header and the field separated by a comma, found a semicolon or tab</source>
        <translation>attendu&#xa0;: leur en-tête et le champ séparés par une virgule&#xa0;; trouvé un point-virgule ou une tabulation</translation>
    </message>
    <message>
        <source>expected two columns, their header (or #position) and the field, found %1</source>
        <translation>attendu&#xa0;: deux colonnes, leur en-tête (ou #position) et le champ&#xa0;; trouvé %1</translation>
    </message>
    <message>
        <source>column positions start at #1</source>
        <translation>les positions de colonne commencent à #1</translation>
    </message>
    <message>
        <source>their header is empty</source>
        <translation>leur en-tête est vide</translation>
    </message>
    <message>
        <source>the field for &quot;%1&quot; is empty</source>
        <translation>le champ pour «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped already on line %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà associé à la ligne %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is mapped to already on line %2: a field takes one column</source>
        <translation>le champ «&#xa0;%1&#xa0;» est déjà la cible de la ligne %2&#xa0;: un champ prend une seule colonne</translation>
    </message>
    <message>
        <source>%1: the header map is empty: write one line a column, their header and the field, such as E-mail,email_address</source>
        <translation>%1&#xa0;: la table des en-têtes est vide&#xa0;: écrivez une ligne par colonne, leur en-tête et le champ, comme E-mail,email_address</translation>
    </message>
    <message>
        <source>A header map names the fields of one dataset: say which with --as.</source>
        <translation>Une table des en-têtes nomme les champs d&apos;un seul jeu de données&#xa0;: indiquez lequel avec --as.</translation>
    </message>
    <message>
        <source>%1 is read from JSON, whose fields have no header to map.</source>
        <translation>%1 est lu depuis du JSON, dont les champs n&apos;ont pas d&apos;en-tête à associer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name: use lower-case letters, digits and &apos;_&apos; (such as %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de champ&#xa0;: utilisez des minuscules, des chiffres et «&#xa0;_&#xa0;» (comme %2)</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (its fields: %3; a column after its %4 documented ones may take a name of your own)</source>
        <translation>%1 n&apos;a pas de champ «&#xa0;%2&#xa0;» (ses champs&#xa0;: %3&#xa0;; une colonne après ses %4 colonnes documentées peut prendre un nom de votre choix)</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (its fields: %3)</source>
        <translation>%1 n&apos;a pas de champ «&#xa0;%2&#xa0;» (ses champs&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: without a header row only a format that may come without one is recognised, by its name and its number of columns (Deployteq&apos;s); name the dataset (CLI: --as NAME).</source>
        <translation>%1&#xa0;: sans ligne d&apos;en-tête, seul un format qui peut en être dépourvu est reconnu, par son nom et son nombre de colonnes (celui de Deployteq)&#xa0;; nommez le jeu de données (CLI&#xa0;: --as NOM).</translation>
    </message>
    <message>
        <source>the file has %1 column(s) and no header row: %2 lacks its field(s) %3 (a header map can place them: #POSITION,field)</source>
        <translation>le fichier a %1 colonne(s) et pas de ligne d&apos;en-tête&#xa0;: il manque à %2 son ou ses champs %3 (une table des en-têtes peut les placer&#xa0;: #POSITION,champ)</translation>
    </message>
    <message numerus="yes">
        <source>with %n warning(s)</source>
        <translation>
            <numerusform>avec %n avertissement</numerusform>
            <numerusform>avec %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wb::AmqpReceiver</name>
    <message>
        <source>The broker has no queue at this address: %1</source>
        <translation>Le broker n&apos;a aucune file d&apos;attente à cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The user may not read from this queue: %1</source>
        <translation>L&apos;utilisateur n&apos;est pas autorisé à lire dans cette file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>The broker refused the user name or password: %1</source>
        <translation>Le broker a refusé le nom d&apos;utilisateur ou le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker: %1</source>
        <translation>Impossible de joindre le broker&#xa0;: %1</translation>
    </message>
    <message>
        <source>The broker ended the session: %1</source>
        <translation>Le broker a mis fin à la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>the message&apos;s body is an AMQP %1, not JSON text</source>
        <translation>le corps du message est de type AMQP %1, et non du texte JSON</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The broker did not open the queue within %1 s.</source>
        <translation>Le broker n&apos;a pas ouvert la file d&apos;attente dans un délai de %1 s.</translation>
    </message>
    <message>
        <source>The broker did not answer within %1 s.</source>
        <translation>Le broker n&apos;a pas répondu dans un délai de %1 s.</translation>
    </message>
    <message>
        <source>The AMQP client failed: %1</source>
        <translation>Le client AMQP a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::Archive</name>
    <message>
        <source>the entry has no name</source>
        <translation>l&apos;entrée n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the name holds a control character (U+%1)</source>
        <translation>le nom contient un caractère de contrôle (U+%1)</translation>
    </message>
    <message>
        <source>the name holds &quot;\&quot;, which separates folders on Windows</source>
        <translation>le nom contient «&#xa0;\&#xa0;», qui sépare les dossiers sous Windows</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>le nom est un chemin absolu</translation>
    </message>
    <message>
        <source>the name starts with a drive (&quot;%1&quot;)</source>
        <translation>le nom commence par un lecteur («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the name climbs out of the archive with &quot;..&quot;</source>
        <translation>le nom sort de l&apos;archive avec «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>the name is not a file&apos;s</source>
        <translation>le nom n&apos;est pas celui d&apos;un fichier</translation>
    </message>
    <message>
        <source>its header says it expands from %1 to %2 bytes, more than %3 times; refused as a possible zip bomb</source>
        <translation>son en-tête indique une décompression de %1 à %2&#xa0;octets, soit plus de %3 fois la taille compressée&#xa0;; refusé car il pourrait s&apos;agir d&apos;une bombe de décompression</translation>
    </message>
    <message>
        <source>it expanded past %1 bytes, more than %2 times its %3 compressed bytes; refused as a possible zip bomb</source>
        <translation>sa décompression a dépassé %1&#xa0;octets, soit plus de %2 fois ses %3&#xa0;octets compressés&#xa0;; refusé car il pourrait s&apos;agir d&apos;une bombe de décompression</translation>
    </message>
    <message>
        <source>the archive expanded past %1 bytes, more than %2 times its %3 bytes; refused as a possible zip bomb</source>
        <translation>la décompression de l&apos;archive a dépassé %1&#xa0;octets, soit plus de %2 fois ses %3&#xa0;octets&#xa0;; refusée car il pourrait s&apos;agir d&apos;une bombe de décompression</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot write the unpacked file: %1</source>
        <translation>impossible d&apos;écrire le fichier décompressé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::Catalog</name>
    <message>
        <source>&quot;%1&quot; is not a valid dataset name: use lower-case letters, digits and single &apos;_&apos;, optionally as vendor.kind.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de jeu de données valide&#xa0;: utilisez des minuscules, des chiffres et des &apos;_&apos; isolés, éventuellement sous la forme fournisseur.type.</translation>
    </message>
    <message>
        <source>the key field &quot;%1&quot; of %2 is not among its fields</source>
        <translation>le champ clé «&#xa0;%1&#xa0;» de %2 ne fait pas partie de ses champs</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de champ «&#xa0;%2&#xa0;».</translation>
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
    <message>
        <source>A queue is named &quot;%1&quot; already; choose another name for the connection.</source>
        <translation>Une file d&apos;attente s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre nom pour la connexion.</translation>
    </message>
</context>
<context>
    <name>wb::CronScheduler</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
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
    <message>
        <source> (line %1 showed this column&apos;s dates %2)</source>
        <translation> (d&apos;après la ligne %1, les dates de cette colonne sont écrites %2)</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>jour en premier</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mois en premier</translation>
    </message>
    <message>
        <source>column %1 (%2): &quot;%3&quot; could be day first or month first, and no date in this column shows which: set the date order of files like this one</source>
        <translation>colonne %1 (%2)&#xa0;: «&#xa0;%3&#xa0;» peut se lire jour en premier ou mois en premier, et aucune date de cette colonne ne permet de trancher&#xa0;: indiquez l&apos;ordre des dates des fichiers de ce type</translation>
    </message>
</context>
<context>
    <name>wb::Deflater</name>
    <message>
        <source>Cannot start compressing the export file.</source>
        <translation>Impossible de démarrer la compression du fichier d&apos;export.</translation>
    </message>
    <message>
        <source>Compressing the export file failed.</source>
        <translation>La compression du fichier d&apos;export a échoué.</translation>
    </message>
</context>
<context>
    <name>wb::Delivery</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
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
    <name>wb::ExportDefinition</name>
    <message>
        <source>The definition is not valid JSON: %1 at offset %2.</source>
        <translation>La définition n&apos;est pas du JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The definition must be a JSON object.</source>
        <translation>La définition doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The export name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Le nom d&apos;export «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; is missing</source>
        <translation>&quot;columns&quot; est absent</translation>
    </message>
</context>
<context>
    <name>wb::ExportRunner</name>
    <message>
        <source>Interrupted before the file was delivered; its rows go with the next run.</source>
        <translation>Interrompue avant la livraison du fichier&#xa0;; ses lignes partiront avec la prochaine exécution.</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Aucun export ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The export %1 is running already (run %2, %3).</source>
        <translation>L&apos;export %1 est déjà en cours d&apos;exécution (exécution %2, %3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was delivered.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été livré.</translation>
    </message>
    <message>
        <source>Reading the dataset failed: %1</source>
        <translation>La lecture du jeu de données a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1 is not a completed run with a file.</source>
        <translation>L&apos;exécution %1 n&apos;est pas une exécution terminée ayant produit un fichier.</translation>
    </message>
    <message>
        <source>The file of run %1 is no longer kept; run the export instead.</source>
        <translation>Le fichier de l&apos;exécution %1 n&apos;est plus conservé&#xa0;; exécutez plutôt l&apos;export.</translation>
    </message>
    <message>
        <source>Cannot copy the kept file to %1.</source>
        <translation>Impossible de copier le fichier conservé vers %1.</translation>
    </message>
</context>
<context>
    <name>wb::ExportRunner::Impl</name>
    <message>
        <source>%1 was delivered before and the export is set not to add a number; nothing was delivered.</source>
        <translation>%1 a déjà été livré et l&apos;export est configuré pour ne pas ajouter de numéro&#xa0;; rien n&apos;a été livré.</translation>
    </message>
    <message>
        <source>No free file name is left for this run.</source>
        <translation>Il ne reste aucun nom de fichier libre pour cette exécution.</translation>
    </message>
    <message>
        <source>The server did not confirm that %1 arrived. The next run checks for it before sending anything.</source>
        <translation>Le serveur n&apos;a pas confirmé l&apos;arrivée de %1. La prochaine exécution le vérifiera avant d&apos;envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The server did not confirm that %1 arrived.</source>
        <translation>Le serveur n’a pas confirmé l’arrivée de %1.</translation>
    </message>
    <message>
        <source>%1 was delivered, but its manifest was not: %2</source>
        <translation>%1 a été livré, mais pas son manifeste : %2</translation>
    </message>
</context>
<context>
    <name>wb::ExportStore</name>
    <message>
        <source>Cannot save the export %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;export %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove the export %1: %2</source>
        <translation>Impossible de supprimer l&apos;export %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Aucun export ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another export is named &quot;%1&quot; already.</source>
        <translation>Un autre export s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Cannot rename the export %1: %2</source>
        <translation>Impossible de renommer l’export %1 : %2</translation>
    </message>
    <message>
        <source>Cannot change run %1: %2</source>
        <translation>Impossible de modifier l’exécution %1 : %2</translation>
    </message>
    <message>
        <source>Cannot index the lookup dataset %1: %2</source>
        <translation>Impossible d&apos;indexer le jeu de données de recherche %1 : %2</translation>
    </message>
</context>
<context>
    <name>wb::FileRecord</name>
    <message>
        <source>%1 (in %2)</source>
        <extracomment>a file, and the .gz or .zip archive it was delivered in</extracomment>
        <translation>%1 (dans %2)</translation>
    </message>
</context>
<context>
    <name>wb::GzipArchive</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a gzip file: it does not start as one</source>
        <translation>ce n&apos;est pas un fichier gzip&#xa0;: il ne commence pas comme tel</translation>
    </message>
    <message>
        <source>not a gzip file this program can read: compression method %1</source>
        <translation>fichier gzip que ce programme ne sait pas lire&#xa0;: méthode de compression %1</translation>
    </message>
    <message>
        <source>cannot start unpacking</source>
        <translation>impossible de démarrer la décompression</translation>
    </message>
    <message>
        <source>damaged: unexpected bytes after the compressed data</source>
        <translation>endommagé&#xa0;: octets inattendus après les données compressées</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the gzip file ends early: it was cut off</source>
        <translation>le fichier gzip se termine prématurément&#xa0;: il a été tronqué</translation>
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
    <message>
        <source>the archive holds no files to take in</source>
        <translation>l&apos;archive ne contient aucun fichier à récupérer</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, so it was not unpacked</source>
        <translation>%1, il n&apos;a donc pas été décompressé</translation>
    </message>
    <message>
        <source>cannot write the unpacked file: %1</source>
        <translation>impossible d&apos;écrire le fichier décompressé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is kept by the workspace from other datasets; files cannot be taken into it.</source>
        <translation>«&#xa0;%1&#xa0;» est tenu à jour par l&apos;espace de travail à partir d&apos;autres jeux de données&#xa0;; aucun fichier ne peut y être récupéré.</translation>
    </message>
</context>
<context>
    <name>wb::IntakeRule</name>
    <message>
        <source>The pattern is empty.</source>
        <translation>Le motif est vide.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; must be a file name pattern (such as *.csv), or a path under the read path (such as */opens_*.csv), without &apos;..&apos;, &apos;\&apos; or a leading or trailing &apos;/&apos;.</source>
        <translation>Le motif «&#xa0;%1&#xa0;» doit être un motif de nom de fichier (comme *.csv) ou un chemin sous le dossier de lecture (comme */opens_*.csv), sans &apos;..&apos;, sans &apos;\&apos; et sans &apos;/&apos; au début ni à la fin.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not a valid glob: a &apos;[&apos; has no closing &apos;]&apos;.</source>
        <translation>Le motif «&#xa0;%1&#xa0;» n&apos;est pas un glob valide&#xa0;: un &apos;[&apos; n&apos;a pas de &apos;]&apos; fermant.</translation>
    </message>
    <message>
        <source>The subfolder depth must be between 0 and %1.</source>
        <translation>La profondeur des sous-dossiers doit être comprise entre 0 et %1.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; reaches %2 folder(s) down: set the subfolder depth to at least that.</source>
        <translation>Le motif «&#xa0;%1&#xa0;» descend de %2 niveau(x) de dossiers&#xa0;: réglez la profondeur des sous-dossiers au moins à cette valeur.</translation>
    </message>
    <message>
        <source>archive= needs the folder on the server to move taken-in files to.</source>
        <translation>archive= attend le dossier du serveur vers lequel déplacer les fichiers récupérés.</translation>
    </message>
    <message>
        <source>The archive folder &quot;%1&quot; must not hold &apos;..&apos; or &apos;\&apos;.</source>
        <translation>Le dossier d&apos;archive «&#xa0;%1&#xa0;» ne doit contenir ni &apos;..&apos; ni &apos;\&apos;.</translation>
    </message>
    <message>
        <source>There is no dataset &quot;%1&quot;. Known ones of this platform: %2.</source>
        <translation>Le jeu de données «&#xa0;%1&#xa0;» n&apos;existe pas. Jeux de données connus pour cette plateforme&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid dataset name: use lower-case letters, digits, &apos;_&apos; and at most one &apos;.&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de jeu de données valide&#xa0;: utilisez des minuscules, des chiffres, des &apos;_&apos; et au plus un &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The separator must be a comma, semicolon, tab or pipe.</source>
        <translation>Le séparateur doit être une virgule, un point-virgule, une tabulation ou une barre verticale.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, windows-1252, iso-8859-1, utf-16le or utf-16be.</source>
        <translation>Encodage inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez utf-8, windows-1252, iso-8859-1, utf-16le ou utf-16be.</translation>
    </message>
</context>
<context>
    <name>wb::IntakeRuleStore</name>
    <message>
        <source>Could not save the rule: %1</source>
        <translation>Impossible d&apos;enregistrer la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection has no rules.</source>
        <translation>La connexion n&apos;a aucune règle.</translation>
    </message>
    <message>
        <source>There is no rule %1: the connection&apos;s rules are numbered 1 to %2.</source>
        <translation>Il n&apos;y a pas de règle %1&#xa0;: les règles de la connexion sont numérotées de 1 à %2.</translation>
    </message>
    <message>
        <source>Could not remove the rule: %1</source>
        <translation>Impossible de supprimer la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not move the rule: %1</source>
        <translation>Impossible de déplacer la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save the rules: %1</source>
        <translation>Impossible d&apos;enregistrer les règles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::JobKeys</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Aucune file d&apos;attente ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Aucun export ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>wb::JobRunner</name>
    <message>
        <source>%1 ran for this slot already.</source>
        <translation>%1 s&apos;est déjà exécuté pour ce créneau.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no %1 run %2.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1 numéro %2.</translation>
    </message>
    <message>
        <source>Run %1 did not fail; only failed runs are retried.</source>
        <translation>L&apos;exécution %1 n&apos;a pas échoué&#xa0;; seules les exécutions en échec sont relancées.</translation>
    </message>
    <message>
        <source>There is no export run %1.</source>
        <translation>Il n’y a pas d’exécution d’export %1.</translation>
    </message>
    <message>
        <source>Interrupted: the process taking the files in ended before it finished. The files it had taken in are kept; the others are taken in by the next fetch.</source>
        <translation>Interrompu : le processus qui intégrait les fichiers s’est arrêté avant la fin. Les fichiers déjà intégrés sont conservés ; les autres seront intégrés à la prochaine récupération.</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Aucune file d&apos;attente ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No password was found: set WRITEBACK_QUEUE_PASSWORD or keep it in the keychain (writeback-cli queue add). %1</source>
        <translation>Aucun mot de passe trouvé&#xa0;: définissez WRITEBACK_QUEUE_PASSWORD ou conservez-le dans le trousseau (writeback-cli queue add). %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read and were kept aside (writeback-cli queue replay): </source>
        <translation>
            <numerusform>%n message n&apos;a pas pu être lu et a été mis de côté (writeback-cli queue replay)&#xa0;: </numerusform>
            <numerusform>%n messages n&apos;ont pas pu être lus et ont été mis de côté (writeback-cli queue replay)&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: the process taking messages from the queue ended before it finished. The messages it had stored are kept; the others are still on the queue for the next consume.</source>
        <translation>Interrompu&#xa0;: le processus qui récupérait les messages de la file d&apos;attente s&apos;est arrêté avant la fin. Les messages déjà enregistrés sont conservés&#xa0;; les autres restent dans la file d&apos;attente pour la prochaine consommation.</translation>
    </message>
</context>
<context>
    <name>wb::JsonTree::Parser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>du texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>le texte se termine là où une valeur était attendue</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a member&apos;s name in double quotes</source>
        <translation>le nom d&apos;un membre entre guillemets doubles était attendu</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member&apos;s name</source>
        <translation>« : » était attendu après le nom du membre</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the member</source>
        <translation>« , » ou « } » était attendu après le membre</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after the element</source>
        <translation>« , » ou « ] » était attendu après l&apos;élément</translation>
    </message>
    <message>
        <source>a string without its closing double quote</source>
        <translation>une chaîne sans son guillemet double fermant</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after \u</source>
        <translation>quatre chiffres hexadécimaux étaient attendus après \u</translation>
    </message>
    <message>
        <source>a string that is not valid UTF-8</source>
        <translation>une chaîne qui n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>expected a digit in the number</source>
        <translation>un chiffre était attendu dans le nombre</translation>
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
    <name>wb::LaunchdScheduler</name>
    <message>
        <source>launchctl is not in PATH</source>
        <translation>launchctl est introuvable dans le PATH</translation>
    </message>
    <message>
        <source>launchd runs on macOS only</source>
        <translation>launchd ne fonctionne que sous macOS</translation>
    </message>
    <message>
        <source>files only, launchctl not asked</source>
        <translation>fichiers uniquement, launchctl non sollicité</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
</context>
<context>
    <name>wb::LocalDelivery</name>
    <message>
        <source>%1 exists already; it was not overwritten.</source>
        <translation>%1 existe déjà&#xa0;; il n&apos;a pas été écrasé.</translation>
    </message>
    <message>
        <source>Cannot move the file to %1: %2</source>
        <translation>Impossible de déplacer le fichier vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 is not there (a share not mounted?).</source>
        <translation>Le dossier %1 est introuvable (un partage non monté&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>wb::MailSettings</name>
    <message>
        <source>No SMTP server is set.</source>
        <translation>Aucun serveur SMTP n&apos;est défini.</translation>
    </message>
    <message>
        <source>The port %1 is not a TCP port.</source>
        <translation>Le port %1 n&apos;est pas un port TCP valide.</translation>
    </message>
    <message>
        <source>No sender (From) address is set.</source>
        <translation>Aucune adresse d&apos;expéditeur (From) n&apos;est définie.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an e-mail address.</source>
        <translation>L&apos;adresse d&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>No recipient is set.</source>
        <translation>Aucun destinataire n&apos;est défini.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address.</source>
        <translation>Le destinataire «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The timeout must be at least one second.</source>
        <translation>Le délai d&apos;attente doit être d&apos;au moins une seconde.</translation>
    </message>
    <message>
        <source>The accepted certificate fingerprint must be a SHA-256 fingerprint: 32 bytes in hex.</source>
        <translation>L&apos;empreinte de certificat acceptée doit être une empreinte SHA-256&#xa0;: 32 octets en hexadécimal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; doit être du texte.</translation>
    </message>
    <message>
        <source>&quot;security&quot; must be none, starttls or tls.</source>
        <translation>&quot;security&quot; doit valoir none, starttls ou tls.</translation>
    </message>
    <message>
        <source>The SMTP password does not belong in the settings: keep it in the keychain or in WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Le mot de passe SMTP n&apos;a pas sa place dans les paramètres&#xa0;: conservez-le dans le trousseau ou dans WRITEBACK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a number from 0 to 65535.</source>
        <translation>&quot;port&quot; doit être un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>&quot;timeout_seconds&quot; must be a positive number.</source>
        <translation>&quot;timeout_seconds&quot; doit être un nombre positif.</translation>
    </message>
</context>
<context>
    <name>wb::MessageLedger</name>
    <message>
        <source>message %1: %2</source>
        <translation>message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>message %1, line %2, column %3: %4</source>
        <translation>message %1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>replayed messages</source>
        <translation>messages rejoués</translation>
    </message>
</context>
<context>
    <name>wb::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Impossible de rendre le dossier %1 privé.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private.</source>
        <translation>Impossible de rendre %1 privé.</translation>
    </message>
</context>
<context>
    <name>wb::QueueConnection</name>
    <message>
        <source>The name must start with a letter or digit and hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Le nom doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>The URL is empty; it looks like amqps://HOST:5671.</source>
        <translation>L&apos;URL est vide&#xa0;; elle est de la forme amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AMQP URL; it looks like amqps://HOST:5671.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL AMQP&#xa0;; une telle URL est de la forme amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password: give the user name on its own; the password is kept in the system keychain.</source>
        <translation>L&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;: indiquez le nom d&apos;utilisateur séparément&#xa0;; le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The URL must not hold a path: give the queue as its address.</source>
        <translation>L&apos;URL ne doit pas contenir de chemin&#xa0;: indiquez la file d&apos;attente comme adresse.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>The queue&apos;s address is empty.</source>
        <translation>L&apos;adresse de la file d&apos;attente est vide.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier CA %1 est illisible.</translation>
    </message>
    <message>
        <source>A CA file is only used with amqps:// URLs.</source>
        <translation>Un fichier CA ne sert qu&apos;avec les URL amqps://.</translation>
    </message>
    <message>
        <source>On Windows the broker&apos;s certificate cannot be checked against a CA file (%1): Windows&apos; TLS, which the queue client uses, trusts only the CAs in the Windows certificate store. Install the CA there (open the file, Install Certificate, Trusted Root Certification Authorities; or certutil -user -addstore Root FILE), then clear the queue&apos;s CA file: in its editor, or by removing the queue (writeback-cli queue remove NAME) and adding it again without --ca-file.</source>
        <translation>Sous Windows, le certificat du broker ne peut pas être vérifié à l&apos;aide d&apos;un fichier CA (%1)&#xa0;: le TLS de Windows, qu&apos;utilise le client de file d&apos;attente, ne fait confiance qu&apos;aux autorités du magasin de certificats Windows. Installez-y l&apos;autorité (ouvrez le fichier, Installer le certificat, Autorités de certification racines de confiance&#xa0;; ou certutil -user -addstore Root FICHIER), puis videz le fichier CA de la file d&apos;attente&#xa0;: dans son éditeur, ou en supprimant la file d&apos;attente (writeback-cli queue remove NOM) et en l&apos;ajoutant à nouveau sans --ca-file.</translation>
    </message>
</context>
<context>
    <name>wb::QueueDoctor</name>
    <message>
        <source>Resolve the broker&apos;s domain</source>
        <translation>Résoudre le domaine du broker</translation>
    </message>
    <message>
        <source>Check the URL for typos. Try `nslookup &lt;domain&gt;` on this computer; a company DNS or VPN may hide it.</source>
        <translation>Vérifiez que l&apos;URL ne contient pas de faute de frappe. Essayez `nslookup &lt;domain&gt;` sur cet ordinateur&#xa0;; un DNS d&apos;entreprise ou un VPN peut le masquer.</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Se connecter (TCP)</translation>
    </message>
    <message>
        <source>Check the port (5671 for amqps, 5672 for amqp) and whether a firewall blocks it. Civitas only lets listed IP addresses in: send them this computer&apos;s public address.</source>
        <translation>Vérifiez le port (5671 pour amqps, 5672 pour amqp) et si un pare-feu le bloque. Civitas n&apos;accepte que les adresses IP figurant sur sa liste d&apos;autorisation&#xa0;: communiquez-lui l&apos;adresse publique de cet ordinateur.</translation>
    </message>
    <message>
        <source>TLS handshake and the broker&apos;s certificate</source>
        <translation>Négociation TLS et certificat du broker</translation>
    </message>
    <message>
        <source>The certificate must be valid today, name the broker&apos;s domain, and come from a CA this computer trusts; for a private CA, give its PEM file as the connection&apos;s CA file.</source>
        <translation>Le certificat doit être valide à la date du jour, porter le domaine du broker et provenir d&apos;une autorité de certification approuvée par cet ordinateur&#xa0;; pour une autorité privée, indiquez son fichier PEM comme fichier CA de la connexion.</translation>
    </message>
    <message>
        <source>Log in (SASL PLAIN)</source>
        <translation>S&apos;authentifier (SASL PLAIN)</translation>
    </message>
    <message>
        <source>Check the user name and password the platform gave you; save the password again with the queue&apos;s editor or writeback-cli queue add.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe que la plateforme vous a communiqués&#xa0;; enregistrez à nouveau le mot de passe depuis l&apos;éditeur de la file d&apos;attente ou avec writeback-cli queue add.</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>Ouvrir la file d&apos;attente</translation>
    </message>
    <message>
        <source>Check the queue&apos;s address with the platform. Amazon MQ for ActiveMQ takes the queue&apos;s name; RabbitMQ 4 takes /queues/NAME. The user also needs permission to read from it.</source>
        <translation>Vérifiez l&apos;adresse de la file d&apos;attente auprès de la plateforme. Amazon MQ pour ActiveMQ attend le nom de la file d&apos;attente&#xa0;; RabbitMQ 4 attend /queues/NAME. L&apos;utilisateur doit aussi avoir le droit d&apos;y lire.</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Messages en attente</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid from %3 to %4</source>
        <translation>%1, émis par %2, valide du %3 au %4</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 ne peut pas être résolu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 correspond à %2</translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2: %3</source>
        <translation>Rien ne répond sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections.</source>
        <translation>%1, port %2, accepte les connexions.</translation>
    </message>
    <message>
        <source>amqp:// has no TLS: the password and every message cross the network readable. Use it only for a broker on this computer; Amazon MQ takes amqps://HOST:5671.</source>
        <translation>amqp:// n&apos;utilise pas TLS&#xa0;: le mot de passe et chaque message circulent en clair sur le réseau. Ne l&apos;utilisez que pour un broker situé sur cet ordinateur&#xa0;; Amazon MQ attend amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>This computer&apos;s Qt has no TLS support to check the certificate with; the login step still uses TLS.</source>
        <translation>Le Qt de cet ordinateur ne prend pas en charge TLS pour vérifier le certificat&#xa0;; l&apos;étape d&apos;authentification utilise tout de même TLS.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>no certificate was received</source>
        <translation>aucun certificat n&apos;a été reçu</translation>
    </message>
    <message>
        <source>%1. Certificate: %2.</source>
        <translation>%1. Certificat&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1, %2. Certificate: %3.</source>
        <translation>%1, %2. Certificat&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No password: none is kept in the keychain for this queue and WRITEBACK_QUEUE_PASSWORD is not set.</source>
        <translation>Aucun mot de passe&#xa0;: aucun n&apos;est conservé dans le trousseau pour cette file d&apos;attente et WRITEBACK_QUEUE_PASSWORD n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Authentifié en tant que %1.</translation>
    </message>
    <message>
        <source>The broker did not open the queue.</source>
        <translation>Le broker n&apos;a pas ouvert la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The queue %1 is open for reading (nothing was taken).</source>
        <translation>La file d&apos;attente %1 est ouverte en lecture (rien n&apos;a été récupéré).</translation>
    </message>
    <message>
        <source>The broker says %1 messages wait.</source>
        <translation>Selon le broker, %1 messages sont en attente.</translation>
    </message>
    <message>
        <source>The broker did not say how many messages wait; a consume takes them all.</source>
        <translation>Le broker n&apos;a pas indiqué combien de messages sont en attente&#xa0;; une consommation les récupère tous.</translation>
    </message>
    <message>
        <source>The certificate must be valid today, name the broker&apos;s domain, and come from a CA this computer trusts; for a private CA, install it in the Windows certificate store (Trusted Root Certification Authorities).</source>
        <translation>Le certificat doit être valide à la date du jour, porter le domaine du broker et provenir d&apos;une autorité de certification approuvée par cet ordinateur&#xa0;; pour une autorité privée, installez-la dans le magasin de certificats Windows (Autorités de certification racines de confiance).</translation>
    </message>
</context>
<context>
    <name>wb::QueueDoctorReport</name>
    <message>
        <source>Queue doctor: %1 (%2), %3
</source>
        <translation>Diagnostic de file d&apos;attente&#xa0;: %1 (%2), %3
</translation>
    </message>
    <message>
        <source>User: %1; CA file: %2

</source>
        <translation>Utilisateur&#xa0;: %1&#xa0;; fichier CA&#xa0;: %2

</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>certificats du système</translation>
    </message>
    <message>
        <source>
Result: the queue can be read.
</source>
        <translation>
Résultat&#xa0;: la file d&apos;attente peut être lue.
</translation>
    </message>
    <message>
        <source>
Result: the queue cannot be read.
</source>
        <translation>
Résultat&#xa0;: la file d&apos;attente ne peut pas être lue.
</translation>
    </message>
</context>
<context>
    <name>wb::QueueStore</name>
    <message>
        <source>A queue named &quot;%1&quot; already exists.</source>
        <translation>Une file d&apos;attente nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>An SFTP connection is named &quot;%1&quot; already; choose another name for the queue.</source>
        <translation>Une connexion SFTP s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre nom pour la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Could not save the queue: %1</source>
        <translation>Impossible d&apos;enregistrer la file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the queue: %1</source>
        <translation>Impossible de supprimer la file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Aucune file d&apos;attente ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>wb::Ran</name>
    <message>
        <source>%1 could not run: %2</source>
        <translation>Impossible d&apos;exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>Échec de %1 (code de sortie %2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wb::RangedDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wb::Reader</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;; use one of %3</source>
        <translation>&quot;%1&quot; ne peut pas valoir &quot;%2&quot;&#xa0;; utilisez l&apos;une des valeurs %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; doit être un objet</translation>
    </message>
</context>
<context>
    <name>wb::Retention</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Keep files for %1 to %2 days; %3 is not possible.</source>
        <translation>Conservez les fichiers de %1 à %2 jours ; %3 n’est pas possible.</translation>
    </message>
    <message>
        <source>Cannot save the setting: %1</source>
        <translation>Impossible d’enregistrer le réglage : %1</translation>
    </message>
</context>
<context>
    <name>wb::ScheduleRule</name>
    <message>
        <source>The schedule needs a start time (--from).</source>
        <translation>La planification a besoin d&apos;une heure de début (--from).</translation>
    </message>
    <message>
        <source>The schedule needs a time of day.</source>
        <translation>La planification a besoin d&apos;une heure de la journée.</translation>
    </message>
    <message>
        <source>Every N hours takes 1 to 23 hours, not %1.</source>
        <translation>«&#xa0;Toutes les N heures&#xa0;» accepte de 1 à 23 heures, pas %1.</translation>
    </message>
    <message>
        <source>Every N days takes 1 to 365 days, not %1.</source>
        <translation>«&#xa0;Tous les N jours&#xa0;» accepte de 1 à 365 jours, pas %1.</translation>
    </message>
    <message>
        <source>An every-N-days schedule needs the day it counts from.</source>
        <translation>Une planification «&#xa0;tous les N jours&#xa0;» a besoin du jour à partir duquel elle compte.</translation>
    </message>
    <message>
        <source>A weekly schedule needs at least one day.</source>
        <translation>Une planification hebdomadaire a besoin d&apos;au moins un jour.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Tous les jours à %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) from %1</source>
        <translation>
            <numerusform>Toutes les heures à partir de %1</numerusform>
            <numerusform>Toutes les %n heures à partir de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>Chaque %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) at %1</source>
        <translation>
            <numerusform>Tous les jours à %1</numerusform>
            <numerusform>Un jour sur %n, à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown schedule kind &quot;%1&quot;.</source>
        <translation>Type de planification «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:mm).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure de la journée (HH:mm).</translation>
    </message>
    <message>
        <source>The schedule&apos;s interval must be a whole number.</source>
        <translation>L&apos;intervalle de la planification doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Unknown day &quot;%1&quot;.</source>
        <translation>Jour «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Give one of --daily, --every, --weekly or --every-days.</source>
        <translation>Indiquez l&apos;une des options --daily, --every, --weekly ou --every-days.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Brussels.</source>
        <translation>Fuseau horaire «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez un nom IANA comme Europe/Brussels.</translation>
    </message>
    <message>
        <source>%1 needs a time (HH:mm).</source>
        <translation>%1 attend une heure (HH:mm).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:mm, 00:00 to 23:59).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure de la journée (HH:mm, de 00:00 à 23:59).</translation>
    </message>
    <message>
        <source>--daily takes its time itself: --daily 06:00.</source>
        <translation>--daily prend l&apos;heure directement&#xa0;: --daily 06:00.</translation>
    </message>
    <message>
        <source>--every takes --from, not --at.</source>
        <translation>--every s&apos;utilise avec --from, pas avec --at.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours (for example 8h).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre d&apos;heures (par exemple 8h).</translation>
    </message>
    <message>
        <source>--every takes 1 to 23 hours, not %1.</source>
        <translation>--every accepte de 1 à 23 heures, pas %1.</translation>
    </message>
    <message>
        <source>--weekly takes --at, not --from.</source>
        <translation>--weekly s&apos;utilise avec --at, pas avec --from.</translation>
    </message>
    <message>
        <source>Unknown day &quot;%1&quot;; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Jour «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez mon, tue, wed, thu, fri, sat ou sun.</translation>
    </message>
    <message>
        <source>--weekly needs at least one day, for example mon,thu.</source>
        <translation>--weekly a besoin d&apos;au moins un jour, par exemple mon,thu.</translation>
    </message>
    <message>
        <source>--every-days takes --at, not --from.</source>
        <translation>--every-days s&apos;utilise avec --at, pas avec --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>--every-days takes 1 to 365 days, not %1.</source>
        <translation>--every-days accepte de 1 à 365 jours, pas %1.</translation>
    </message>
</context>
<context>
    <name>wb::ScheduleStore</name>
    <message>
        <source>Cannot change the schedule of %1: %2</source>
        <translation>Impossible de modifier la planification de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no schedule.</source>
        <translation>%1 n&apos;a pas de planification.</translation>
    </message>
    <message>
        <source>%1 names no export or connection of this workspace.</source>
        <translation>%1 ne désigne aucun export ni aucune connexion de cet espace de travail.</translation>
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
    <message>
        <source>The connection %1 belongs to no workspace.</source>
        <translation>La connexion %1 n’appartient à aucun espace de travail.</translation>
    </message>
</context>
<context>
    <name>wb::Session</name>
    <message>
        <source>Sending the e-mail was cancelled.</source>
        <translation>L&apos;envoi de l&apos;e-mail a été annulé.</translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s.</source>
        <translation>%1&#xa0;: le serveur n&apos;a pas répondu dans un délai de %2 s.</translation>
    </message>
    <message>
        <source>%1: the server closed the connection.</source>
        <translation>%1&#xa0;: le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt&apos;s TLS backend (OpenSSL) could not be loaded.</source>
        <translation>TLS n&apos;est pas disponible&#xa0;: le module TLS de Qt (OpenSSL) n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER).</source>
        <translation>Le fichier CA %1 ne contient aucun certificat (PEM ou DER).</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier CA %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse dans un délai de %1 s</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>Impossible de se connecter à %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>TLS handshake with %1:%2 failed: %3.</source>
        <translation>La négociation TLS avec %1:%2 a échoué&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for &quot;%1&quot;, issued by &quot;%2&quot;, with the fingerprint %3.</source>
        <translation>Le certificat du serveur est établi pour «&#xa0;%1&#xa0;», émis par «&#xa0;%2&#xa0;», avec l&apos;empreinte %3.</translation>
    </message>
    <message>
        <source>That is not the accepted certificate %1.</source>
        <translation>Ce n&apos;est pas le certificat accepté %1.</translation>
    </message>
    <message>
        <source>If you trust it, add the certificate of the authority that issued it as the CA file, or accept this fingerprint in the mail settings.</source>
        <translation>Si vous lui faites confiance, indiquez comme fichier CA le certificat de l&apos;autorité qui l&apos;a émis, ou acceptez cette empreinte dans les paramètres de messagerie.</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>STARTTLS: the server sent more than its answer before the TLS handshake; refusing to go on.</source>
        <translation>STARTTLS&#xa0;: le serveur a envoyé plus que sa réponse avant la négociation TLS&#xa0;; abandon.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not SMTP: %2</source>
        <translation>%1&#xa0;: la réponse du serveur n&apos;est pas du SMTP&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer does not end.</source>
        <translation>%1&#xa0;: la réponse du serveur ne se termine pas.</translation>
    </message>
    <message>
        <source>%1: cannot send: %2</source>
        <translation>%1&#xa0;: envoi impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection: choose STARTTLS or TLS in the mail settings.</source>
        <translation>Envoi du mot de passe refusé sur une connexion non chiffrée&#xa0;: choisissez STARTTLS ou TLS dans les paramètres de messagerie.</translation>
    </message>
    <message>
        <source>A user is set, but the server offers no login (AUTH) on this connection.</source>
        <translation>Un utilisateur est défini, mais le serveur ne propose aucune authentification (AUTH) sur cette connexion.</translation>
    </message>
    <message>
        <source>The server offers none of the login methods Writeback Studio knows (PLAIN, LOGIN); it offers %1.</source>
        <translation>Le serveur ne propose aucune des méthodes d&apos;authentification connues de Writeback Studio (PLAIN, LOGIN)&#xa0;; il propose %1.</translation>
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
    <name>wb::SmtpClient</name>
    <message>
        <source>No SMTP server is set.</source>
        <translation>Aucun serveur SMTP n&apos;est défini.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an e-mail address.</source>
        <translation>L&apos;adresse d&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address.</source>
        <translation>Le destinataire «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>No recipient is set.</source>
        <translation>Aucun destinataire n&apos;est défini.</translation>
    </message>
    <message>
        <source>No SMTP password for %1: store it in the keychain or set WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Aucun mot de passe SMTP pour %1&#xa0;: enregistrez-le dans le trousseau ou définissez WRITEBACK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. Choose implicit TLS (usually port 465) if the server has it.</source>
        <translation>Le serveur ne propose pas STARTTLS&#xa0;: la connexion ne peut donc pas être chiffrée. Choisissez TLS implicite (généralement le port 465) si le serveur le permet.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>An address is not plain ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
        <translation>Une adresse n&apos;est pas en ASCII simple et le serveur n&apos;accepte pas ce type d&apos;adresse (pas de SMTPUTF8).</translation>
    </message>
    <message>
        <source>The server did not accept the message: %1</source>
        <translation>Le serveur n&apos;a pas accepté le message&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::SystemdScheduler</name>
    <message>
        <source>no systemd user manager: %1</source>
        <translation>aucun gestionnaire utilisateur systemd&#xa0;: %1</translation>
    </message>
    <message>
        <source>files only, systemctl not asked</source>
        <translation>fichiers uniquement, systemctl non sollicité</translation>
    </message>
</context>
<context>
    <name>wb::TaskScheduler</name>
    <message>
        <source>schtasks is not in PATH</source>
        <translation>schtasks est introuvable dans le PATH</translation>
    </message>
    <message>
        <source>files only, schtasks not asked</source>
        <translation>fichiers uniquement, schtasks non sollicité</translation>
    </message>
</context>
<context>
    <name>wb::Workspace</name>
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
    <message>
        <source>Cannot read the id of the workspace %1: %2</source>
        <translation>Impossible de lire l’identifiant de l’espace de travail %1 : %2</translation>
    </message>
</context>
<context>
    <name>wb::ZipArchive</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a zip archive this program takes in: its directory is larger than %1 bytes</source>
        <translation>archive zip que ce programme ne prend pas en charge&#xa0;: son répertoire dépasse %1&#xa0;octets</translation>
    </message>
    <message>
        <source>the entry is encrypted; only archives without a password can be taken in</source>
        <translation>l&apos;entrée est chiffrée&#xa0;; seules les archives sans mot de passe peuvent être récupérées</translation>
    </message>
    <message>
        <source>the entry is compressed with method %1; only stored and deflated entries can be read</source>
        <translation>l&apos;entrée est compressée avec la méthode %1&#xa0;; seules les entrées stockées sans compression ou compressées avec Deflate peuvent être lues</translation>
    </message>
    <message>
        <source>damaged: the entry is larger than the archive says</source>
        <translation>endommagée&#xa0;: l&apos;entrée est plus volumineuse que ce qu&apos;indique l&apos;archive</translation>
    </message>
    <message>
        <source>cannot start unpacking</source>
        <translation>impossible de démarrer la décompression</translation>
    </message>
    <message>
        <source>damaged: the entry&apos;s compressed data ends early</source>
        <translation>endommagée&#xa0;: les données compressées de l&apos;entrée se terminent prématurément</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged: the entry&apos;s size or checksum does not match the archive&apos;s directory</source>
        <translation>endommagée&#xa0;: la taille ou la somme de contrôle de l&apos;entrée ne correspond pas au répertoire de l&apos;archive</translation>
    </message>
    <message>
        <source>not a complete zip archive: its directory is damaged or cut off</source>
        <translation>archive zip incomplète&#xa0;: son répertoire est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>not a zip archive: it has no zip directory at its end</source>
        <translation>ce n&apos;est pas une archive zip&#xa0;: elle ne se termine pas par un répertoire zip</translation>
    </message>
    <message>
        <source>the archive is split over several files; only single-file archives can be read</source>
        <translation>l&apos;archive est répartie sur plusieurs fichiers&#xa0;; seules les archives en un seul fichier peuvent être lues</translation>
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
        <source>Files to take in.</source>
        <translation>Les fichiers à récupérer.</translation>
    </message>
    <message>
        <source>The dataset to take the files into.</source>
        <translation>Le jeu de données dans lequel récupérer les fichiers.</translation>
    </message>
    <message>
        <source>The quote character, or &apos;none&apos;.</source>
        <translation>Le caractère de guillemet, ou &apos;none&apos;.</translation>
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
    <message>
        <source>There is no export named &quot;%1&quot; (see: writeback-cli export list).</source>
        <translation>Aucun export ne s&apos;appelle «&#xa0;%1&#xa0;» (voir&#xa0;: writeback-cli export list).</translation>
    </message>
    <message>
        <source>Export %1 failed: %2</source>
        <translation>Échec de l&apos;export %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Nothing new: no file written.</source>
        <translation>Rien de nouveau&#xa0;: aucun fichier écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %1: %n row(s)</source>
        <translation>
            <numerusform>%1 livré&#xa0;: %n ligne</numerusform>
            <numerusform>%1 livré&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s).</source>
        <translation>
            <numerusform>%n octet.</numerusform>
            <numerusform>%n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves an export definition from a JSON file (docs/export-definition.md), adding it or replacing the export of the same name; a replaced export carries on from where it had got to.

writeback-cli export save FILE.json

Every problem is listed, each after the file&apos;s name; exits 1 when there is any.</source>
        <translation>Enregistre une définition d&apos;export à partir d&apos;un fichier JSON (docs/export-definition.md), en l&apos;ajoutant ou en remplaçant l&apos;export du même nom&#xa0;; un export remplacé reprend là où il en était.

writeback-cli export save FILE.json

Chaque problème est listé, précédé du nom du fichier&#xa0;; se termine avec le code 1 s&apos;il y en a au moins un.</translation>
    </message>
    <message>
        <source>The definition.</source>
        <translation>La définition.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved export %1.</source>
        <translation>Export %1 enregistré.</translation>
    </message>
    <message>
        <source>It replaces the earlier definition and carries on from where that had got to.</source>
        <translation>Il remplace la définition précédente et reprend là où celle-ci en était.</translation>
    </message>
    <message>
        <source>Lists the exports with their dataset, increment, destination and last run.

writeback-cli export list [--json]</source>
        <translation>Liste les exports avec leur jeu de données, leur incrément, leur destination et leur dernière exécution.

writeback-cli export list [--json]</translation>
    </message>
    <message>
        <source>No exports yet (see: writeback-cli export save --help).</source>
        <translation>Aucun export pour l&apos;instant (voir&#xa0;: writeback-cli export save --help).</translation>
    </message>
    <message>
        <source>last run: %1 %2</source>
        <translation>dernière exécution&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>jamais exécuté</translation>
    </message>
    <message>
        <source>Prints an export&apos;s definition as JSON, as `export save` reads it.

writeback-cli export show NAME</source>
        <translation>Affiche la définition d&apos;un export au format JSON, telle que `export save` la lit.

writeback-cli export show NAME</translation>
    </message>
    <message>
        <source>The export.</source>
        <translation>L&apos;export.</translation>
    </message>
    <message>
        <source>Removes an export.

writeback-cli export remove NAME</source>
        <translation>Supprime un export.

writeback-cli export remove NAME</translation>
    </message>
    <message>
        <source>Removed export %1.</source>
        <translation>Export %1 supprimé.</translation>
    </message>
    <message>
        <source>Prints the first rows of the file the next run would write, exactly as written (header row, quoting, line endings; uncompressed). When nothing is new, the dataset&apos;s latest rows are shown instead; stderr says which, and lists what Excel would mangle.

writeback-cli export preview NAME [--rows N]</source>
        <translation>Affiche les premières lignes du fichier que la prochaine exécution écrirait, exactement telles qu&apos;écrites (ligne d&apos;en-tête, guillemets, fins de ligne&#xa0;; sans compression). S&apos;il n&apos;y a rien de nouveau, ce sont les dernières lignes du jeu de données qui sont affichées&#xa0;; stderr indique lequel des deux cas s&apos;applique et liste ce qu&apos;Excel altérerait.

writeback-cli export preview NAME [--rows N]</translation>
    </message>
    <message>
        <source>How many rows (default 10).</source>
        <translation>Nombre de lignes (10 par défaut).</translation>
    </message>
    <message>
        <source>--rows must be a number of at least 1.</source>
        <translation>--rows doit être un nombre supérieur ou égal à 1.</translation>
    </message>
    <message numerus="yes">
        <source>These are the first rows the next run will send; it would send %n row(s).</source>
        <translation>
            <numerusform>Voici les premières lignes que la prochaine exécution enverra&#xa0;; elle enverrait %n ligne.</numerusform>
            <numerusform>Voici les premières lignes que la prochaine exécution enverra&#xa0;; elle enverrait %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send: these are the dataset&apos;s latest rows.</source>
        <translation>Rien de nouveau à envoyer&#xa0;: voici les dernières lignes du jeu de données.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs an export now: writes the rows its increment selects into a new file and delivers it. Each row is sent once: a run that finds nothing new writes no file.

writeback-cli export run NAME [--json]

Shows progress when stderr is a terminal. Exits 1 when the run failed (the reason is on stderr).</source>
        <translation>Exécute un export maintenant&#xa0;: écrit dans un nouveau fichier les lignes que sélectionne son incrément, puis le livre. Chaque ligne n&apos;est envoyée qu&apos;une fois&#xa0;: une exécution qui ne trouve rien de nouveau n&apos;écrit aucun fichier.

writeback-cli export run NAME [--json]

Affiche la progression lorsque stderr est un terminal. Se termine avec le code 1 si l&apos;exécution a échoué (la raison est indiquée sur stderr).</translation>
    </message>
    <message>
        <source>Sends a completed run&apos;s rows again, in a new file under a new name, as a new run; the export&apos;s increment does not move.

writeback-cli export redeliver RUN_ID [--json]

Run ids are listed by: writeback-cli runs. Exits 1 when the run failed.</source>
        <translation>Renvoie les lignes d&apos;une exécution terminée, dans un nouveau fichier sous un nouveau nom, comme une nouvelle exécution&#xa0;; l&apos;incrément de l&apos;export ne bouge pas.

writeback-cli export redeliver RUN_ID [--json]

Les identifiants d&apos;exécution sont listés par&#xa0;: writeback-cli runs. Se termine avec le code 1 si l&apos;exécution a échoué.</translation>
    </message>
    <message>
        <source>The run to send again.</source>
        <translation>L&apos;exécution à renvoyer.</translation>
    </message>
    <message>
        <source>RUN_ID must be a run&apos;s number (see: writeback-cli runs).</source>
        <translation>RUN_ID doit être le numéro d&apos;une exécution (voir&#xa0;: writeback-cli runs).</translation>
    </message>
    <message>
        <source>There is no run %1 (see: writeback-cli runs).</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1 (voir&#xa0;: writeback-cli runs).</translation>
    </message>
    <message>
        <source>Sets the SMTP server that e-mails failed runs (and, if asked, a daily summary).

writeback-cli notify set --host HOST [--port N] [--security none|starttls|tls] [--user USER] --from ADDRESS --to ADDRESS[,ADDRESS...] [--ca-file FILE] [--accept-fingerprint SHA256] [--daily-summary] [--no-failures]

With --user the password is asked for on the terminal (or read from WRITEBACK_SMTP_PASSWORD) and kept in the system keychain, never in the workspace.</source>
        <translation>Définit le serveur SMTP qui signale par e-mail les exécutions en échec (et, si vous le demandez, envoie un récapitulatif quotidien).

writeback-cli notify set --host HOST [--port N] [--security none|starttls|tls] [--user USER] --from ADDRESS --to ADDRESS[,ADDRESS...] [--ca-file FILE] [--accept-fingerprint SHA256] [--daily-summary] [--no-failures]

Avec --user, le mot de passe est demandé dans le terminal (ou lu dans WRITEBACK_SMTP_PASSWORD) et conservé dans le trousseau du système, jamais dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation>Le serveur SMTP.</translation>
    </message>
    <message>
        <source>Its port (default: 587 for starttls, 465 for tls, 25 for none).</source>
        <translation>Son port (par défaut&#xa0;: 587 pour starttls, 465 pour tls, 25 pour none).</translation>
    </message>
    <message>
        <source>none, starttls (default) or tls.</source>
        <translation>none, starttls (par défaut) ou tls.</translation>
    </message>
    <message>
        <source>The login, if the server needs one.</source>
        <translation>L&apos;identifiant, si le serveur en demande un.</translation>
    </message>
    <message>
        <source>The sender.</source>
        <translation>L&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The recipients, comma-separated.</source>
        <translation>Les destinataires, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Approuver aussi les certificats d&apos;autorité (CA) de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>Accepter le certificat du serveur qui a cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Also send a summary of each day&apos;s runs.</source>
        <translation>Envoyer aussi un récapitulatif des exécutions de chaque jour.</translation>
    </message>
    <message>
        <source>Do not e-mail failed runs.</source>
        <translation>Ne pas signaler par e-mail les exécutions en échec.</translation>
    </message>
    <message>
        <source>--security is none, starttls or tls.</source>
        <translation>--security vaut none, starttls ou tls.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe pour %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>A password is needed for --user: type it on a terminal, or set WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Un mot de passe est nécessaire pour --user&#xa0;: saisissez-le dans un terminal, ou définissez WRITEBACK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1
Set WRITEBACK_SMTP_PASSWORD for the runs instead.</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé dans le trousseau&#xa0;: %1
Définissez plutôt WRITEBACK_SMTP_PASSWORD pour les exécutions.</translation>
    </message>
    <message>
        <source>Failed runs are e-mailed to %1 through %2:%3.</source>
        <translation>Les exécutions en échec sont signalées par e-mail à %1 via %2:%3.</translation>
    </message>
    <message>
        <source>Shows the e-mail settings (never the password).

writeback-cli notify show</source>
        <translation>Affiche les paramètres de messagerie (jamais le mot de passe).

writeback-cli notify show</translation>
    </message>
    <message>
        <source>No e-mail settings: failed runs are shown in the history only.</source>
        <translation>Aucun paramètre de messagerie&#xa0;: les exécutions en échec n&apos;apparaissent que dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Sends a test e-mail with the saved settings and prints the conversation when it fails.

writeback-cli notify test</source>
        <translation>Envoie un e-mail de test avec les paramètres enregistrés et affiche l&apos;échange avec le serveur en cas d&apos;échec.

writeback-cli notify test</translation>
    </message>
    <message>
        <source>No e-mail settings yet: writeback-cli notify set --help</source>
        <translation>Aucun paramètre de messagerie pour l&apos;instant&#xa0;: writeback-cli notify set --help</translation>
    </message>
    <message>
        <source>Writeback Studio: test message</source>
        <translation>Writeback Studio&#xa0;: message de test</translation>
    </message>
    <message>
        <source>This is a test message from Writeback Studio. Failed runs will be reported to this address.</source>
        <translation>Ceci est un message de test de Writeback Studio. Les exécutions en échec seront signalées à cette adresse.</translation>
    </message>
    <message>
        <source>Sent a test message to %1.</source>
        <translation>Message de test envoyé à %1.</translation>
    </message>
    <message>
        <source>Removes the e-mail settings and the kept password.

writeback-cli notify remove</source>
        <translation>Supprime les paramètres de messagerie et le mot de passe conservé.

writeback-cli notify remove</translation>
    </message>
    <message>
        <source>Removed the e-mail settings.</source>
        <translation>Paramètres de messagerie supprimés.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli notify set|show|test|remove ...
  set --host HOST --from ADDRESS --to ADDRESS[,...] [...]
  show | test | remove
Each takes --help.
</source>
        <translation>Utilisation&#xa0;: writeback-cli notify set|show|test|remove ...
  set --host HOST --from ADDRESS --to ADDRESS[,...] [...]
  show | test | remove
Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>Runs the job of a failed run again.

writeback-cli runs retry RUN [--json]

RUN is a handle from `runs`: E12 for an export run, F3 for a fetch run.</source>
        <translation>Relance la tâche d&apos;une exécution en échec.

writeback-cli runs retry RUN [--json]

RUN est un identifiant affiché par `runs`&#xa0;: E12 pour une exécution d&apos;export, F3 pour une récupération.</translation>
    </message>
    <message>
        <source>E12, F3, or an export run&apos;s number</source>
        <translation>E12, F3, ou le numéro d&apos;une exécution d&apos;export</translation>
    </message>
    <message>
        <source>One JSON document on stdout.</source>
        <translation>Un seul document JSON sur stdout.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run: write E12, F3 or 12.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une exécution&#xa0;: écrivez E12, F3 ou 12.</translation>
    </message>
    <message>
        <source>%1: run %2 completed: %3 rows, %4 bytes</source>
        <translation>%1&#xa0;: exécution %2 terminée&#xa0;: %3 lignes, %4 octets</translation>
    </message>
    <message>
        <source>Only this job (fetch:CONNECTION or export:NAME).</source>
        <translation>Uniquement cette tâche (fetch:CONNECTION ou export:NAME).</translation>
    </message>
    <message>
        <source>Only this export&apos;s runs (as --job export:NAME).</source>
        <translation>Uniquement les exécutions de cet export (comme --job export:NAME).</translation>
    </message>
    <message>
        <source>pending, running, completed or failed.</source>
        <translation>pending, running, completed ou failed.</translation>
    </message>
    <message>
        <source>From this day (yyyy-MM-dd, local).</source>
        <translation>À partir de ce jour (yyyy-MM-dd, heure locale).</translation>
    </message>
    <message>
        <source>Up to this day, inclusive.</source>
        <translation>Jusqu&apos;à ce jour inclus.</translation>
    </message>
    <message>
        <source>--state is one of pending, running, completed, failed.</source>
        <translation>--state vaut pending, running, completed ou failed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (yyyy-MM-dd).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Aucun export ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Every day at HH:mm.</source>
        <translation>Tous les jours à HH:mm.</translation>
    </message>
    <message>
        <source>Every N hours (e.g. 8h), from --from.</source>
        <translation>Toutes les N heures (p.&#xa0;ex. 8h), à partir de --from.</translation>
    </message>
    <message>
        <source>The first run of the day for --every.</source>
        <translation>La première exécution de la journée pour --every.</translation>
    </message>
    <message>
        <source>On these days (mon,tue,...) at --at.</source>
        <translation>Ces jours-là (mon,tue,...) à --at.</translation>
    </message>
    <message>
        <source>The time for --weekly and --every-days.</source>
        <translation>L&apos;heure pour --weekly et --every-days.</translation>
    </message>
    <message>
        <source>Every N days at --at.</source>
        <translation>Tous les N jours à --at.</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Brussels.</source>
        <translation>Un fuseau horaire IANA comme Europe/Brussels.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>Prochaine exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The schedule is saved but not registered with the system&apos;s scheduler (%1): %2
It runs only while Writeback Studio is open.</source>
        <translation>La planification est enregistrée, mais pas auprès du planificateur du système (%1)&#xa0;: %2
Elle ne s&apos;exécute que lorsque Writeback Studio est ouvert.</translation>
    </message>
    <message>
        <source>Registered with the %1.</source>
        <translation>Enregistrée auprès du planificateur du système (%1).</translation>
    </message>
    <message>
        <source>Lists the schedules with their next runs.

writeback-cli schedule list [--json]</source>
        <translation>Liste les planifications avec leurs prochaines exécutions.

writeback-cli schedule list [--json]</translation>
    </message>
    <message>
        <source>No schedules. Add one with: writeback-cli schedule set JOB --daily 06:00</source>
        <translation>Aucune planification. Ajoutez-en une avec&#xa0;: writeback-cli schedule set JOB --daily 06:00</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (en pause)</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>registered with the %1</source>
        <translation>enregistrée auprès du planificateur du système (%1)</translation>
    </message>
    <message>
        <source>not registered with the %1: runs only while the app is open</source>
        <translation>non enregistrée auprès du planificateur du système (%1)&#xa0;: ne s&apos;exécute que lorsque l&apos;application est ouverte</translation>
    </message>
    <message>
        <source>writeback-cli schedule %1 JOB</source>
        <translation>writeback-cli schedule %1 JOB</translation>
    </message>
    <message>
        <source>The %1 entry could not be removed: %2</source>
        <translation>L&apos;entrée %1 n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed the schedule of %1.</source>
        <translation>Planification de %1 supprimée.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 mis en pause.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 a repris.</translation>
    </message>
    <message>
        <source>Runs every scheduled job whose time has come, records each run, and exits. The system&apos;s scheduler starts this; a slot missed while the computer was off runs once.

writeback-cli run-due [--job JOB] [--json]

Exits 1 when a run failed.</source>
        <translation>Exécute chaque tâche planifiée dont l&apos;heure est venue, consigne chaque exécution, puis se termine. C&apos;est le planificateur du système qui lance cette commande&#xa0;; un créneau manqué pendant que l&apos;ordinateur était éteint n&apos;est exécuté qu&apos;une fois.

writeback-cli run-due [--job JOB] [--json]

Se termine avec le code 1 si une exécution a échoué.</translation>
    </message>
    <message>
        <source>Only this job.</source>
        <translation>Uniquement cette tâche.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not run: %2</source>
        <translation>%1&#xa0;: non exécutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 bytes%4</source>
        <translation>%1&#xa0;: %2 lignes, %3 octets%4</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Rien n&apos;est à exécuter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cannot download into a folder under that name: %1. Give the local file&apos;s name instead.</source>
        <translation>Impossible de télécharger dans un dossier sous ce nom&#xa0;: %1. Indiquez plutôt le nom du fichier local.</translation>
    </message>
    <message>
        <source>Removed %1 kept files older than %2 days.</source>
        <translation>%1 fichiers conservés de plus de %2 jours supprimés.</translation>
    </message>
    <message>
        <source>Shows the workspace&apos;s settings.

writeback-cli settings show [--json]</source>
        <translation>Affiche les réglages de l’espace de travail.

writeback-cli settings show [--json]</translation>
    </message>
    <message>
        <source>retention-days  %1  (delivered copies and reports older than this are removed by run-due; the run history stays)</source>
        <translation>retention-days  %1  (les copies livrées et les rapports plus anciens sont supprimés par run-due ; l’historique des exécutions est conservé)</translation>
    </message>
    <message>
        <source>Changes a setting of the workspace.

writeback-cli settings set retention-days N

retention-days: how many days the copies kept for re-delivery (deliveries/) and the run reports (reports/) stay beside the workspace, %1 to %2 (default %3). run-due removes older ones; the run history stays.</source>
        <translation>Modifie un réglage de l’espace de travail.

writeback-cli settings set retention-days N

retention-days : nombre de jours pendant lesquels les copies conservées pour une nouvelle livraison (deliveries/) et les rapports d’exécution (reports/) restent à côté de l’espace de travail, de %1 à %2 (par défaut %3). run-due supprime les plus anciens ; l’historique des exécutions est conservé.</translation>
    </message>
    <message>
        <source>The setting: retention-days.</source>
        <translation>Le réglage : retention-days.</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Sa nouvelle valeur.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the settings are: retention-days.</source>
        <translation>Il n’y a pas de réglage « %1 » ; les réglages sont : retention-days.</translation>
    </message>
    <message>
        <source>retention-days is a whole number of days, not &quot;%1&quot;.</source>
        <translation>retention-days est un nombre entier de jours, pas « %1 ».</translation>
    </message>
    <message>
        <source>retention-days is %1 to %2 days, not %3.</source>
        <translation>retention-days va de %1 à %2 jours, pas %3.</translation>
    </message>
    <message>
        <source>Delivered copies and reports are kept for %1 days.</source>
        <translation>Les copies livrées et les rapports sont conservés %1 jours.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli settings show|set ...
  show [--json]
  set retention-days N
Each takes --help.
</source>
        <translation>Utilisation : writeback-cli settings show|set ...
  show [--json]
  set retention-days N
Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>Renames an export. Its run history, watermark, schedule and system scheduler entry stay with it; only the name changes.

writeback-cli export rename OLD NEW</source>
        <translation>Renomme un export. Son historique d&apos;exécutions, son point de reprise, sa planification et son inscription auprès du planificateur du système sont conservés&#xa0;; seul le nom change.

writeback-cli export rename OLD NEW</translation>
    </message>
    <message>
        <source>The export&apos;s name now.</source>
        <translation>Le nom actuel de l&apos;export.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Son nouveau nom.</translation>
    </message>
    <message>
        <source>The export name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Le nom d&apos;export «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The export is named %1 already; nothing changed.</source>
        <translation>L&apos;export s&apos;appelle déjà %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Another export is named &quot;%1&quot; already (see: writeback-cli export list).</source>
        <translation>Un autre export s&apos;appelle déjà «&#xa0;%1&#xa0;» (voir&#xa0;: writeback-cli export list).</translation>
    </message>
    <message>
        <source>Renamed export %1 to %2.</source>
        <translation>Export %1 renommé en %2.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli export save|list|show|rename|remove|preview|run|redeliver ...
  save FILE.json                 add or replace an export from its JSON definition
  list [--json]                  the exports and their last runs
  show NAME                      the definition as JSON
  rename OLD NEW                 keeps its runs, watermark and schedule
  remove NAME
  preview NAME [--rows N]        the first rows of the next file, exactly as written
  run NAME [--json]              write and deliver the new rows
  redeliver RUN_ID [--json]      send a run&apos;s rows again
Each takes --help. The run history: writeback-cli runs.
</source>
        <translation>Utilisation&#xa0;: writeback-cli export save|list|show|rename|remove|preview|run|redeliver ...
  save FILE.json                 ajouter ou remplacer un export à partir de sa définition JSON
  list [--json]                  les exports et leurs dernières exécutions
  show NAME                      la définition au format JSON
  rename OLD NEW                 conserve ses exécutions, son point de reprise et sa planification
  remove NAME
  preview NAME [--rows N]        les premières lignes du prochain fichier, exactement telles qu&apos;écrites
  run NAME [--json]              écrire et livrer les nouvelles lignes
  redeliver RUN_ID [--json]      renvoyer les lignes d&apos;une exécution
Chacune accepte --help. L&apos;historique des exécutions&#xa0;: writeback-cli runs.
</translation>
    </message>
    <message>
        <source>Runs a job on a schedule, whether or not the app is open.

writeback-cli schedule set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]

JOB is fetch:CONNECTION, consume:QUEUE or export:NAME. Times are wall-clock times in ZONE (default: this computer&apos;s). The schedule is registered with the system&apos;s scheduler, which starts `writeback-cli run-due` at those times.</source>
        <translation>Exécute une tâche selon une planification, que l&apos;application soit ouverte ou non.

writeback-cli schedule set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]

JOB vaut fetch:CONNECTION, consume:QUEUE ou export:NAME. Les heures sont des heures locales dans ZONE (par défaut&#xa0;: le fuseau de cet ordinateur). La planification est enregistrée auprès du planificateur du système, qui lance `writeback-cli run-due` à ces heures.</translation>
    </message>
    <message>
        <source>fetch:CONNECTION, consume:QUEUE or export:NAME</source>
        <translation>fetch:CONNECTION, consume:QUEUE ou export:NAME</translation>
    </message>
    <message>
        <source>Usage: writeback-cli schedule set|list|pause|resume|remove ...
  set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]
  list [--json]
  pause|resume|remove JOB
JOB is fetch:CONNECTION, consume:QUEUE or export:NAME. Each takes --help.
</source>
        <translation>Utilisation&#xa0;: writeback-cli schedule set|list|pause|resume|remove ...
  set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]
  list [--json]
  pause|resume|remove JOB
JOB vaut fetch:CONNECTION, consume:QUEUE ou export:NAME. Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot; (see: writeback-cli queue list).</source>
        <translation>Aucune file d&apos;attente ne s&apos;appelle «&#xa0;%1&#xa0;» (voir&#xa0;: writeback-cli queue list).</translation>
    </message>
    <message>
        <source>Adds a message queue (Civitas publishes its outreach on one).

writeback-cli queue add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]

The queue is its address as the broker expects it: Amazon MQ for ActiveMQ takes the queue&apos;s name, RabbitMQ 4 takes /queues/NAME. The password is read from WRITEBACK_QUEUE_PASSWORD or asked for on the terminal, and kept in the system keychain.</source>
        <translation>Ajoute une file de messages (Civitas y publie ses messages outreach).

writeback-cli queue add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]

La file d&apos;attente est indiquée par son adresse, telle que le broker l&apos;attend&#xa0;: Amazon MQ pour ActiveMQ attend le nom de la file d&apos;attente, RabbitMQ 4 attend /queues/NAME. Le mot de passe est lu dans WRITEBACK_QUEUE_PASSWORD ou demandé dans le terminal, puis conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A name for the queue.</source>
        <translation>Un nom pour la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The broker: amqps://HOST:5671 (amqp:// only for a broker on this computer).</source>
        <translation>Le broker&#xa0;: amqps://HOST:5671 (amqp:// uniquement pour un broker situé sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The queue&apos;s address.</source>
        <translation>L&apos;adresse de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>A PEM file of the CA to trust instead of the system&apos;s.</source>
        <translation>Un fichier PEM de l&apos;autorité de certification à approuver à la place de celles du système.</translation>
    </message>
    <message>
        <source>Added queue %1 (%2 as %3).</source>
        <translation>File d&apos;attente %1 ajoutée (%2 en tant que %3).</translation>
    </message>
    <message>
        <source>Warning: amqp:// has no TLS; the password and the messages cross the network readable.</source>
        <translation>Attention&#xa0;: amqp:// n&apos;utilise pas TLS&#xa0;; le mot de passe et les messages circulent en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 Set WRITEBACK_QUEUE_PASSWORD for each run instead.</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: %1 Définissez plutôt WRITEBACK_QUEUE_PASSWORD pour chaque exécution.</translation>
    </message>
    <message>
        <source>Next: writeback-cli queue test %1, then queue consume %1.</source>
        <translation>Ensuite&#xa0;: writeback-cli queue test %1, puis queue consume %1.</translation>
    </message>
    <message>
        <source>Lists the message queues.

writeback-cli queue list [--json]</source>
        <translation>Liste les files de messages.

writeback-cli queue list [--json]</translation>
    </message>
    <message>
        <source>No queues yet (see: writeback-cli queue add --help).</source>
        <translation>Aucune file d&apos;attente pour l&apos;instant (voir&#xa0;: writeback-cli queue add --help).</translation>
    </message>
    <message>
        <source>Removes a queue and its saved password; the messages taken from it stay.

writeback-cli queue remove NAME</source>
        <translation>Supprime une file d&apos;attente et son mot de passe enregistré&#xa0;; les messages déjà récupérés sont conservés.

writeback-cli queue remove NAME</translation>
    </message>
    <message>
        <source>The queue.</source>
        <translation>La file d&apos;attente.</translation>
    </message>
    <message>
        <source>Removed queue %1.</source>
        <translation>File d&apos;attente %1 supprimée.</translation>
    </message>
    <message>
        <source>The queue doctor: checks the queue step by step, without taking a message.

writeback-cli queue test NAME [--json]

Exits 1 when a step fails.</source>
        <translation>Le diagnostic de file d&apos;attente&#xa0;: vérifie la file d&apos;attente étape par étape, sans récupérer de message.

writeback-cli queue test NAME [--json]

Se termine avec le code 1 si une étape échoue.</translation>
    </message>
    <message>
        <source>Takes the waiting messages from a queue into the workspace, each exactly once.

writeback-cli queue consume NAME [--max N] [--idle SECONDS] [--json]

Stops after --idle seconds without a message (default 5) or after --max messages. A message is removed from the queue only once it is stored. Exits 1 when the broker failed or a message could not be read (it is kept: see queue replay).</source>
        <translation>Récupère dans l&apos;espace de travail les messages en attente dans une file d&apos;attente, chacun une seule fois.

writeback-cli queue consume NAME [--max N] [--idle SECONDS] [--json]

S&apos;arrête après --idle secondes sans message (5 par défaut) ou après --max messages. Un message n&apos;est retiré de la file d&apos;attente qu&apos;une fois enregistré. Se termine avec le code 1 si le broker a échoué ou si un message n&apos;a pas pu être lu (il est mis de côté&#xa0;: voir queue replay).</translation>
    </message>
    <message>
        <source>Stop after this many messages.</source>
        <translation>S&apos;arrêter après ce nombre de messages.</translation>
    </message>
    <message>
        <source>Stop after this many seconds without a message.</source>
        <translation>S&apos;arrêter après ce nombre de secondes sans message.</translation>
    </message>
    <message>
        <source>--max must be a positive number.</source>
        <translation>--max doit être un nombre positif.</translation>
    </message>
    <message>
        <source>--idle must be a positive number of seconds.</source>
        <translation>--idle doit être un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>%1 messages, %2 rows</source>
        <translation>%1 messages, %2 lignes</translation>
    </message>
    <message>
        <source>Kept unread: %1</source>
        <translation>Mis de côté sans être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 messages taken, %3 rows added, %4 updated; %5 already taken before, %6 kept as unreadable.</source>
        <translation>%1&#xa0;: %2 messages récupérés, %3 lignes ajoutées, %4 mises à jour&#xa0;; %5 déjà récupérés auparavant, %6 mis de côté car illisibles.</translation>
    </message>
    <message>
        <source>Reads a queue&apos;s unreadable messages again (after an update that can read them) and takes in those that can be read now.

writeback-cli queue replay NAME [--json]</source>
        <translation>Relit les messages illisibles d&apos;une file d&apos;attente (après une mise à jour capable de les lire) et récupère ceux qui peuvent désormais être lus.

writeback-cli queue replay NAME [--json]</translation>
    </message>
    <message>
        <source>Still unreadable: %1</source>
        <translation>Toujours illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kept messages taken in now (%4 rows added, %5 updated); %6 still unreadable.</source>
        <translation>%1&#xa0;: %2 messages mis de côté sur %3 récupérés cette fois (%4 lignes ajoutées, %5 mises à jour)&#xa0;; %6 toujours illisibles.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli queue add|list|remove|test|consume|replay ...
  add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]
  list [--json]
  remove NAME
  test NAME [--json]
  consume NAME [--max N] [--idle SECONDS] [--json]
  replay NAME [--json]
Each takes --help.
</source>
        <translation>Utilisation&#xa0;: writeback-cli queue add|list|remove|test|consume|replay ...
  add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]
  list [--json]
  remove NAME
  test NAME [--json]
  consume NAME [--max N] [--idle SECONDS] [--json]
  replay NAME [--json]
Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>Usage: writeback-cli connection add|list|remove|trust|test|rule ...
  add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]
  list [--json]
  remove NAME
  trust NAME [--yes | --fingerprint SHA256:...]
  test NAME [--json]
  rule add|list|remove NAME ...  (intake rules: see connection rule --help)
Each takes --help.
</source>
        <translation>Utilisation&#xa0;: writeback-cli connection add|list|remove|trust|test|rule ...
  add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]
  list [--json]
  remove NAME
  trust NAME [--yes | --fingerprint SHA256:...]
  test NAME [--json]
  rule add|list|remove NAME ...  (règles de récupération&#xa0;: voir connection rule --help)
Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>The files it applies to (a glob such as export_*.csv).</source>
        <translation>Les fichiers concernés (un glob comme export_*.csv).</translation>
    </message>
    <message>
        <source>The dataset to take them into (default: recognised).</source>
        <translation>Le jeu de données dans lequel les récupérer (par défaut&#xa0;: celui reconnu).</translation>
    </message>
    <message>
        <source>How many levels of subfolders to look in (default 0).</source>
        <translation>Nombre de niveaux de sous-dossiers à parcourir (0 par défaut).</translation>
    </message>
    <message>
        <source>How their dates are written: day-first, month-first or year-first.</source>
        <translation>Comment leurs dates sont écrites&#xa0;: day-first, month-first ou year-first.</translation>
    </message>
    <message>
        <source>What becomes of a file on the server once taken in: keep (default), delete, or archive=REMOTE_DIR (relative to the read path, made if missing).</source>
        <translation>Ce que devient un fichier sur le serveur une fois récupéré&#xa0;: keep (par défaut), delete ou archive=REMOTE_DIR (relatif au dossier de lecture, créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>--pattern is required.</source>
        <translation>--pattern est obligatoire.</translation>
    </message>
    <message>
        <source>--subfolders must be a number.</source>
        <translation>--subfolders doit être un nombre.</translation>
    </message>
    <message>
        <source>--dates must be day-first, month-first or year-first.</source>
        <translation>--dates doit valoir day-first, month-first ou year-first.</translation>
    </message>
    <message>
        <source>--after must be keep, delete or archive=REMOTE_DIR.</source>
        <translation>--after doit valoir keep, delete ou archive=REMOTE_DIR.</translation>
    </message>
    <message>
        <source>Added rule %1 to %2: %3</source>
        <translation>Règle %1 ajoutée à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Lists a connection&apos;s intake rules, in the order they are tried.

writeback-cli connection rule list CONN [--json]</source>
        <translation>Liste les règles de récupération d&apos;une connexion, dans l&apos;ordre où elles sont essayées.

writeback-cli connection rule list CONN [--json]</translation>
    </message>
    <message>
        <source>%1 has no intake rules: every file is recognised by its name and header (see: writeback-cli connection rule add --help).</source>
        <translation>%1 n&apos;a aucune règle de récupération&#xa0;: chaque fichier est reconnu d&apos;après son nom et son en-tête (voir&#xa0;: writeback-cli connection rule add --help).</translation>
    </message>
    <message>
        <source>Removes one of a connection&apos;s intake rules; the later ones move up.

writeback-cli connection rule remove CONN INDEX</source>
        <translation>Supprime l&apos;une des règles de récupération d&apos;une connexion&#xa0;; les suivantes remontent d&apos;un rang.

writeback-cli connection rule remove CONN INDEX</translation>
    </message>
    <message>
        <source>The rule&apos;s number, as rule list shows it.</source>
        <translation>Le numéro de la règle, tel que l&apos;affiche rule list.</translation>
    </message>
    <message>
        <source>INDEX must be a rule&apos;s number, as rule list shows it.</source>
        <translation>INDEX doit être le numéro d&apos;une règle, tel que l&apos;affiche rule list.</translation>
    </message>
    <message>
        <source>Removed rule %1 of %2.</source>
        <translation>Règle %1 de %2 supprimée.</translation>
    </message>
    <message>
        <source>  Say how its dates are written: import ... --dates day-first (or month-first, year-first), or a rule on the connection (connection rule add ... --dates ...).</source>
        <translation>  Indiquez comment ses dates sont écrites&#xa0;: import ... --dates day-first (ou month-first, year-first), ou une règle sur la connexion (connection rule add ... --dates ...).</translation>
    </message>
    <message>
        <source>How the files write dates such as 05/02/2026: day-first, month-first or year-first.</source>
        <translation>Comment les fichiers écrivent les dates comme 05/02/2026&#xa0;: day-first, month-first ou year-first.</translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) marked deleted</source>
        <translation>
            <numerusform>  %n enregistrement marqué supprimé</numerusform>
            <numerusform>  %n enregistrements marqués supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>(several values, separated by &quot;%1&quot;)</source>
        <translation>(plusieurs valeurs, séparées par «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Says that fields of a dataset hold several values, and how its files separate them (Actito&apos;s export setting &quot;Multi-value separator&quot;). The values already taken in are split too, and every later file&apos;s; an export then joins them with its own multi-value separator.

writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)</source>
        <translation>Indique que des champs d&apos;un jeu de données contiennent plusieurs valeurs, et comment ses fichiers les séparent (le réglage «&#xa0;Séparateur multi-valeurs&#xa0;» d&apos;un export Actito). Les valeurs déjà récupérées sont aussi séparées, ainsi que celles de tout fichier ultérieur&#xa0;; un export les joint ensuite avec son propre séparateur de valeurs multiples.

writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)</translation>
    </message>
    <message>
        <source>The dataset, e.g. actito.profiles.</source>
        <translation>Le jeu de données, p.&#xa0;ex. actito.profiles.</translation>
    </message>
    <message>
        <source>Its text fields that hold several values.</source>
        <translation>Ses champs texte qui contiennent plusieurs valeurs.</translation>
    </message>
    <message>
        <source>What the files write between two values.</source>
        <translation>Ce que les fichiers écrivent entre deux valeurs.</translation>
    </message>
    <message>
        <source>The fields hold one value again (values are joined back).</source>
        <translation>Les champs contiennent de nouveau une seule valeur (les valeurs sont rejointes).</translation>
    </message>
    <message>
        <source>Give either --separator SEP or --single.</source>
        <translation>Indiquez soit --separator SEP, soit --single.</translation>
    </message>
    <message>
        <source>The separator must be 1 to 8 characters, without line breaks.</source>
        <translation>Le séparateur doit compter de 1 à 8&#xa0;caractères, sans saut de ligne.</translation>
    </message>
    <message>
        <source>There is no dataset &quot;%1&quot; (see: writeback-cli datasets).</source>
        <translation>Il n&apos;y a pas de jeu de données «&#xa0;%1&#xa0;» (voir&#xa0;: writeback-cli datasets).</translation>
    </message>
    <message>
        <source>%1 has no text field &quot;%2&quot;; its text fields are %3.</source>
        <translation>%1 n&apos;a pas de champ texte «&#xa0;%2&#xa0;»&#xa0;; ses champs texte sont %3.</translation>
    </message>
    <message>
        <source>%1: %2 hold one value.</source>
        <translation>%1&#xa0;: %2 contiennent une seule valeur.</translation>
    </message>
    <message>
        <source>%1: %2 hold several values, separated by &quot;%3&quot; in its files.</source>
        <translation>%1&#xa0;: %2 contiennent plusieurs valeurs, séparées par «&#xa0;%3&#xa0;» dans ses fichiers.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)
</source>
        <translation>Utilisation&#xa0;: writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)
</translation>
    </message>
    <message>
        <source>Adds an intake rule at the end of a connection&apos;s rules.

writeback-cli connection rule add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]

A fetch applies the first rule whose pattern matches a file; files no rule matches are recognised as ever. A pattern without &apos;/&apos; matches the file&apos;s name, one with &apos;/&apos; its path under the read path; &apos;*&apos; and &apos;?&apos; stop at &apos;/&apos;, and case does not count. The header map is read now and kept with the rule (see docs/formats.md, &quot;Header maps&quot;); its file is not needed later.</source>
        <translation>Ajoute une règle de réception à la fin des règles d&apos;une connexion.

writeback-cli connection rule add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]

Une récupération applique la première règle dont le motif correspond à un fichier&#xa0;; les fichiers qu&apos;aucune règle ne couvre sont reconnus comme d&apos;habitude. Un motif sans «&#xa0;/&#xa0;» s&apos;applique au nom du fichier, un motif avec «&#xa0;/&#xa0;» à son chemin sous le dossier de lecture&#xa0;; «&#xa0;*&#xa0;» et «&#xa0;?&#xa0;» s&apos;arrêtent à «&#xa0;/&#xa0;», et la casse ne compte pas. La table des en-têtes est lue maintenant et gardée avec la règle (voir docs/formats.md, «&#xa0;Header maps&#xa0;»)&#xa0;; son fichier n&apos;est plus nécessaire ensuite.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli connection rule add|list|remove ...
  add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator SEP] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]
  list CONN [--json]
  remove CONN INDEX
Each takes --help.
</source>
        <translation>Usage&#xa0;: writeback-cli connection rule add|list|remove ...
  add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator SEP] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]
  list CONN [--json]
  remove CONN INDEX
Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>The field separator, when not the one detected: comma, semicolon, tab or pipe.</source>
        <translation>Le séparateur de champs, s&apos;il n&apos;est pas celui détecté&#xa0;: comma, semicolon, tab ou pipe.</translation>
    </message>
    <message>
        <source>The encoding, when not UTF-8: windows-1252, iso-8859-1, utf-16le or utf-16be (a byte-order mark always wins).</source>
        <translation>L&apos;encodage, s&apos;il n&apos;est pas UTF-8&#xa0;: windows-1252, iso-8859-1, utf-16le ou utf-16be (une marque d&apos;ordre des octets l&apos;emporte toujours).</translation>
    </message>
    <message>
        <source>Whether the first row is a header: yes or no (default: detected; a header map naming only positions means no).</source>
        <translation>Si la première ligne est un en-tête&#xa0;: yes ou no (par défaut&#xa0;: détecté&#xa0;; une table des en-têtes qui ne nomme que des positions veut dire no).</translation>
    </message>
    <message>
        <source>A CSV file of two columns, their header (or #position for a file without a header row) and the dataset&apos;s field; needs --as.</source>
        <translation>Un fichier CSV de deux colonnes, leur en-tête (ou #position pour un fichier sans ligne d&apos;en-tête) et le champ du jeu de données&#xa0;; demande --as.</translation>
    </message>
    <message>
        <source>--separator must be comma, semicolon, tab or pipe.</source>
        <translation>--separator doit valoir comma, semicolon, tab ou pipe.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, windows-1252, iso-8859-1, utf-16le or utf-16be.</source>
        <translation>--encoding doit valoir utf-8, windows-1252, iso-8859-1, utf-16le ou utf-16be.</translation>
    </message>
    <message>
        <source>--header must be yes or no.</source>
        <translation>--header doit valoir yes ou no.</translation>
    </message>
    <message>
        <source>Takes in local files: each exactly once, each in one transaction.

writeback-cli import FILE... [--as DATASET] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--quote CHAR] [--json]

The format is recognised from the file&apos;s name and header; --as names it (a known dataset such as actito.email_openings, or a name of your own for a generic CSV dataset). A .gz file is taken in as the file inside it, each file in a .zip as a file of its own. Dates such as 05/02/2026 are read in the order --dates gives, else the format&apos;s documented one, else the one the file&apos;s own dates show; a file that could be read either way fails until told. The separator, encoding, header and header map options are those of a connection&apos;s rule, to try a rule&apos;s settings on a local file first. Exits 1 when any file failed; the others are still taken in.</source>
        <translation>Intègre des fichiers locaux&#xa0;: chacun exactement une fois, chacun dans une transaction.

writeback-cli import FILE... [--as DATASET] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--quote CHAR] [--json]

Le format est reconnu d&apos;après le nom et l&apos;en-tête du fichier&#xa0;; --as le nomme (un jeu de données connu comme actito.email_openings, ou un nom de votre choix pour un jeu de données CSV générique). Un fichier .gz est intégré comme le fichier qu&apos;il contient, chaque fichier d&apos;un .zip comme un fichier à part. Les dates comme 05/02/2026 sont lues dans l&apos;ordre donné par --dates, sinon celui que documente le format, sinon celui que montrent les dates du fichier&#xa0;; un fichier lisible dans les deux sens échoue tant que l&apos;ordre n&apos;est pas donné. Les options de séparateur, d&apos;encodage, d&apos;en-tête et de table des en-têtes sont celles d&apos;une règle de connexion, pour essayer d&apos;abord les réglages d&apos;une règle sur un fichier local. Sort avec le code 1 si un fichier a échoué&#xa0;; les autres sont tout de même intégrés.</translation>
    </message>
    <message>
        <source>The first row is data (as --header no).</source>
        <translation>La première ligne est une donnée (comme --header no).</translation>
    </message>
    <message>
        <source>Shows one run: its result, files, error, warnings and details.

writeback-cli runs show RUN [--json]

RUN is a handle from `runs`: E12 for an export run, F3 for a fetch run, Q2 for a consume run.</source>
        <translation>Affiche une exécution&#xa0;: son résultat, ses fichiers, son erreur, ses avertissements et ses détails.

writeback-cli runs show RUN [--json]

RUN est un repère donné par `runs`&#xa0;: E12 pour une exécution d&apos;export, F3 pour une récupération, Q2 pour une consommation de file.</translation>
    </message>
    <message>
        <source>E12, F3, Q2, or an export run&apos;s number</source>
        <translation>E12, F3, Q2, ou le numéro d&apos;une exécution d&apos;export</translation>
    </message>
    <message>
        <source>The report as JSON.</source>
        <translation>Le rapport en JSON.</translation>
    </message>
    <message>
        <source>There is no run %1 (writeback-cli runs lists them).</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1 (writeback-cli runs les liste).</translation>
    </message>
    <message>
        <source>Lists the runs of every job, newest first.

writeback-cli runs [--job JOB | --export NAME] [--state STATE] [--from DAY] [--to DAY] [--json]
writeback-cli runs retry RUN
writeback-cli runs show RUN [--json]</source>
        <translation>Liste les exécutions de toutes les tâches, les plus récentes d&apos;abord.

writeback-cli runs [--job JOB | --export NAME] [--state STATE] [--from DAY] [--to DAY] [--json]
writeback-cli runs retry RUN
writeback-cli runs show RUN [--json]</translation>
    </message>
</context>
<context>
    <name>wb::cli::ProgressLine</name>
    <message>
        <source>Writing rows: %1 of %2 (%3%)</source>
        <translation>Écriture des lignes&#xa0;: %1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Writing rows: %1</source>
        <translation>Écriture des lignes&#xa0;: %1</translation>
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
    <name>wb::reportformat</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
</context>
<context>
    <name>wb::ui</name>
    <message>
        <source>Holds one value</source>
        <translation>Contient une seule valeur</translation>
    </message>
    <message>
        <source>Holds several values, separated by “%1”</source>
        <translation>Contient plusieurs valeurs, séparées par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Holds several values, separated by “%1”…</source>
        <translation>Contient plusieurs valeurs, séparées par «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Holds several values, separated by…</source>
        <translation>Contient plusieurs valeurs, séparées par…</translation>
    </message>
    <message>
        <source>What the files write between two values (1 to 8 characters, no line break):</source>
        <translation>Ce que les fichiers écrivent entre deux valeurs (1 à 8 caractères, sans saut de ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>Plusieurs valeurs</translation>
    </message>
    <message>
        <source>“%1” cannot separate values. %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas séparer des valeurs. %2</translation>
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
    <message>
        <source>not in this build</source>
        <translation>non inclus dans cette version</translation>
    </message>
</context>
<context>
    <name>wb::ui::AvailableFieldsModel</name>
    <message>
        <source>%1: %2, “%3” in the platform&apos;s file. Double-click or press Enter to add it.</source>
        <translation>%1&#xa0;: %2, «&#xa0;%3&#xa0;» dans le fichier de la plateforme. Double-cliquez ou appuyez sur Entrée pour l&apos;ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>Supprimer %n colonne</numerusform>
            <numerusform>Supprimer %n colonnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ChooseDataStep</name>
    <message>
        <source>Choose data</source>
        <translation>Choix des données</translation>
    </message>
    <message>
        <source>Pick the fields the file holds, in the order its columns should have, and name their headers.</source>
        <translation>Choisissez les champs que contient le fichier, dans l&apos;ordre que doivent avoir ses colonnes, et nommez leurs en-têtes.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Tout ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add the selected fields as columns (Enter)</source>
        <translation>Ajouter les champs sélectionnés comme colonnes (Entrée)</translation>
    </message>
    <message>
        <source>Move the selected columns one place to the left in the file (Ctrl+Up)</source>
        <translation>Déplacer les colonnes sélectionnées d&apos;un cran vers la gauche dans le fichier (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move the selected columns one place to the right in the file (Ctrl+Down)</source>
        <translation>Déplacer les colonnes sélectionnées d&apos;un cran vers la droite dans le fichier (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Remove the selected columns (Delete)</source>
        <translation>Supprimer les colonnes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Double-click a header to rename it. Drag fields in and out, and rows up and down; from the keyboard, Enter adds, Delete removes, Ctrl+Up and Ctrl+Down move.</source>
        <translation>Double-cliquez sur un en-tête pour le renommer. Faites glisser les champs pour les ajouter ou les retirer, et les lignes pour les monter ou les descendre&#xa0;; au clavier, Entrée ajoute, Suppr supprime, Ctrl+Haut et Ctrl+Bas déplacent.</translation>
    </message>
    <message>
        <source>A&amp;vailable fields (%1)</source>
        <translation>Champs disp&amp;onibles (%1)</translation>
    </message>
    <message>
        <source>Columns of the &amp;file (%1)</source>
        <translation>Colonnes du &amp;fichier (%1)</translation>
    </message>
    <message>
        <source>Choose a dataset in the first step to see its fields.</source>
        <translation>Choisissez un jeu de données à la première étape pour voir ses champs.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <translation>
            <numerusform>Ajouter %n colonne</numerusform>
            <numerusform>Ajouter %n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>Supprimer %n colonne</numerusform>
            <numerusform>Supprimer %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all columns</source>
        <translation>Supprimer toutes les colonnes</translation>
    </message>
    <message numerus="yes">
        <source>Move %n column(s) %1</source>
        <translation>
            <numerusform>Déplacer %n colonne vers la %1</numerusform>
            <numerusform>Déplacer %n colonnes vers la %1</numerusform>
        </translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
</context>
<context>
    <name>wb::ui::ChosenColumnsModel</name>
    <message>
        <source>The column&apos;s name in the file&apos;s header row. Double-click or press F2 to change it.</source>
        <translation>Le nom de la colonne dans la ligne d&apos;en-tête du fichier. Double-cliquez ou appuyez sur F2 pour le modifier.</translation>
    </message>
    <message>
        <source>%1: %2, “%3” in the platform&apos;s file. Double-click to remove the column.</source>
        <translation>%1&#xa0;: %2, «&#xa0;%3&#xa0;» dans le fichier de la plateforme. Double-cliquez pour supprimer la colonne.</translation>
    </message>
    <message>
        <source>%1 is not a field of the dataset.</source>
        <translation>%1 n&apos;est pas un champ du jeu de données.</translation>
    </message>
    <message>
        <source>Rename header to “%1”</source>
        <translation>Renommer l&apos;en-tête en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message numerus="yes">
        <source>Move %n column(s)</source>
        <translation>
            <numerusform>Déplacer %n colonne</numerusform>
            <numerusform>Déplacer %n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <translation>
            <numerusform>Ajouter %n colonne</numerusform>
            <numerusform>Ajouter %n colonnes</numerusform>
        </translation>
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
    <message>
        <source>&amp;Intake rules</source>
        <translation>&amp;Règles de récupération</translation>
    </message>
    <message>
        <source>&amp;Intake rules (%1)</source>
        <translation>&amp;Règles de récupération (%1)</translation>
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
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>ceux du système</translation>
    </message>
    <message>
        <source>%1
User: %2
CA certificates: %3</source>
        <translation>%1
Utilisateur&#xa0;: %2
Certificats CA&#xa0;: %3</translation>
    </message>
    <message>
        <source>amqp:// without TLS: the password and the messages cross the network readable.</source>
        <translation>amqp:// sans TLS&#xa0;: le mot de passe et les messages circulent en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>Pla&amp;nifier…</translation>
    </message>
    <message>
        <source>C&amp;onsume now</source>
        <translation>C&amp;onsommer maintenant</translation>
    </message>
    <message>
        <source>The SFTP servers and message queues of the platforms that send you writeback data.</source>
        <translation>Les serveurs SFTP et les files de messages des plateformes qui vous envoient des données writeback.</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>Add an SFTP server a platform drops its files on</source>
        <translation>Ajouter un serveur SFTP sur lequel une plateforme dépose ses fichiers</translation>
    </message>
    <message>
        <source>Add &amp;queue…</source>
        <translation>Ajouter une &amp;file d&apos;attente…</translation>
    </message>
    <message>
        <source>Add a message queue a platform publishes on, such as Civitas&apos;s Amazon MQ</source>
        <translation>Ajouter une file de messages sur laquelle publie une plateforme, comme l&apos;Amazon MQ de Civitas</translation>
    </message>
    <message>
        <source>Run the doctor on the selected connection or queue</source>
        <translation>Lancer le diagnostic sur la connexion ou la file d&apos;attente sélectionnée</translation>
    </message>
    <message>
        <source>Fetch from the selected connection, or consume the selected queue, on a schedule</source>
        <translation>Récupérer depuis la connexion sélectionnée, ou consommer la file d&apos;attente sélectionnée, selon une planification</translation>
    </message>
    <message>
        <source>Take in the messages waiting on the selected queue now</source>
        <translation>Récupérer maintenant les messages en attente dans la file d&apos;attente sélectionnée</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3 rows so far…</source>
        <translation>%1&#xa0;: %2 messages, %3 lignes jusqu&apos;ici…</translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation>Supprimer la file d&apos;attente</translation>
    </message>
    <message>
        <source>Remove the queue “%1” (%2)?

Its saved password goes too; the messages already taken in stay in the workspace.</source>
        <translation>Supprimer la file d&apos;attente «&#xa0;%1&#xa0;» (%2)&#xa0;?

Son mot de passe enregistré sera également supprimé&#xa0;; les messages déjà récupérés restent dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1: %2 messages taken, %3 rows added, %4 updated; %5 already taken before, %6 kept as unreadable.</source>
        <translation>%1&#xa0;: %2 messages récupérés, %3 lignes ajoutées, %4 mises à jour&#xa0;; %5 déjà récupérés auparavant, %6 mis de côté car illisibles.</translation>
    </message>
    <message>
        <source>%1 was not consumed: %2</source>
        <translation>%1 n&apos;a pas été consommée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled. %1 The rest waits on the queue.</source>
        <translation>Annulé. %1 Le reste attend dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Consuming %1 failed: %2
%3</source>
        <translation>La consommation de %1 a échoué&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>%1 had no messages waiting.</source>
        <translation>%1 n&apos;avait aucun message en attente.</translation>
    </message>
    <message>
        <source>Read &amp;kept again</source>
        <translation>&amp;Relire les illisibles</translation>
    </message>
    <message>
        <source>Read the selected queue&apos;s messages kept as unreadable again, after an update that can read them</source>
        <translation>Relire les messages de la file d&apos;attente sélectionnée mis de côté car illisibles, après une mise à jour qui sait les lire</translation>
    </message>
    <message>
        <source>Reading the messages kept from %1 again…</source>
        <translation>Relecture des messages mis de côté de %1…</translation>
    </message>
    <message>
        <source>The messages kept from %1 were not read again: %2</source>
        <translation>Les messages mis de côté de %1 n&apos;ont pas été relus&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no messages kept as unreadable.</source>
        <translation>%1 n&apos;a aucun message mis de côté car illisible.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kept messages taken in now (%4 rows added, %5 updated); %6 still unreadable.</source>
        <translation>%1&#xa0;: %2 messages mis de côté sur %3 récupérés maintenant (%4 lignes ajoutées, %5 mises à jour)&#xa0;; %6 toujours illisibles.</translation>
    </message>
    <message>
        <source>Kept unread, with the reasons (Read kept again reads them after an update that can):</source>
        <translation>Mis de côté sans être lus, avec les raisons (Relire les illisibles les relit après une mise à jour qui sait les lire)&#xa0;:</translation>
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
    <message>
        <source>Writeback files (*.csv *.txt *.json *.gz *.zip);;All files (*)</source>
        <translation>Fichiers writeback (*.csv *.txt *.json *.gz *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The rule is saved on %1; the next fetch from it takes %2 in by the rule.</source>
        <translation>La règle est enregistrée sur %1&#xa0;; la prochaine récupération depuis cette connexion prendra %2 selon la règle.</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Récupérer à nouveau</translation>
    </message>
    <message>
        <source>The rule is saved on %1. Fetch from %1 now, so that %2 is taken in by the rule?</source>
        <translation>La règle est enregistrée sur %1. Récupérer depuis %1 maintenant, pour que %2 soit pris selon la règle&#xa0;?</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Récupérer maintenant</translation>
    </message>
    <message>
        <source>There is no dataset “%1” any more.</source>
        <translation>Le jeu de données «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 holds one value in %2.</source>
        <translation>%1 contient une seule valeur dans %2.</translation>
    </message>
    <message>
        <source>%1 holds several values in %2, separated by “%3” in its files; exports join them with their own multi-value separator.</source>
        <translation>%1 contient plusieurs valeurs dans %2, séparées par «&#xa0;%3&#xa0;» dans ses fichiers&#xa0;; les exports les joignent avec leur propre séparateur de valeurs multiples.</translation>
    </message>
    <message>
        <source>Could not change the field %1: %2</source>
        <translation>Impossible de modifier le champ %1&#xa0;: %2</translation>
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
    <message>
        <source>Field %1, %2, several values separated by “%3” (right-click to change)</source>
        <translation>Champ %1, %2, plusieurs valeurs séparées par «&#xa0;%3&#xa0;» (clic droit pour changer)</translation>
    </message>
    <message>
        <source>Field %1, %2 (right-click if it holds several values)</source>
        <translation>Champ %1, %2 (clic droit s&apos;il contient plusieurs valeurs)</translation>
    </message>
</context>
<context>
    <name>wb::ui::DefinitionEditor</name>
    <message>
        <source>Another export is named “%1” already: choose another name.</source>
        <translation>Un autre export s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s datasets and exports…</source>
        <translation>Lecture des jeux de données et des exports de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Checking the destination folder…</source>
        <translation>Vérification du dossier de destination…</translation>
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
    <message>
        <source>Test queue %1</source>
        <translation>Tester la file d&apos;attente %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No password is kept for this queue.</source>
        <translation>Aucun mot de passe n&apos;est conservé pour cette file d&apos;attente.</translation>
    </message>
    <message>
        <source>The queue needs its password.</source>
        <translation>La file d&apos;attente nécessite son mot de passe.</translation>
    </message>
    <message>
        <source>%1 Enter the password of %2 to run the test; it is not stored.</source>
        <translation>%1 Saisissez le mot de passe de %2 pour lancer le test&#xa0;; il ne sera pas enregistré.</translation>
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
    <message>
        <source>Checks every step from finding the broker to opening the queue, without taking a message, so you can see where it fails and why.</source>
        <translation>Vérifie chaque étape, de la recherche du broker jusqu&apos;à l&apos;ouverture de la file d&apos;attente, sans récupérer de message, pour vous montrer où et pourquoi elle échoue.</translation>
    </message>
    <message>
        <source>The queue can be read, with a warning at step %1, “%2”: read it before you rely on this queue.</source>
        <translation>La file d&apos;attente peut être lue, avec un avertissement à l&apos;étape %1, «&#xa0;%2&#xa0;»&#xa0;: lisez-le avant de vous fier à cette file d&apos;attente.</translation>
    </message>
    <message>
        <source>The queue can be read: every step passed.</source>
        <translation>La file d&apos;attente peut être lue&#xa0;: toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>The queue cannot be read: step %1, “%2”, failed. The step says what to check.</source>
        <translation>La file d&apos;attente ne peut pas être lue&#xa0;: l&apos;étape %1, «&#xa0;%2&#xa0;», a échoué. L&apos;étape indique ce qu&apos;il faut vérifier.</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportDesigner</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>Pla&amp;nifier…</translation>
    </message>
    <message>
        <source>Save and &amp;run now</source>
        <translation>Enregistrer et e&amp;xécuter maintenant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prêt à être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving — &lt;a href=&quot;summary&quot;&gt;see the summary&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n problème à corriger avant l&apos;enregistrement — &lt;a href=&quot;summary&quot;&gt;voir le récapitulatif&lt;/a&gt;.</numerusform>
            <numerusform>%n problèmes à corriger avant l&apos;enregistrement — &lt;a href=&quot;summary&quot;&gt;voir le récapitulatif&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit export “%1”[*]</source>
        <translation>Modifier l&apos;export «&#xa0;%1&#xa0;»[*]</translation>
    </message>
    <message>
        <source>New export[*]</source>
        <translation>Nouvel export[*]</translation>
    </message>
    <message>
        <source>The export could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Close without saving the changes to “%1”?</source>
        <translation>Fermer sans enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Close without saving this new export?</source>
        <translation>Fermer sans enregistrer ce nouvel export&#xa0;?</translation>
    </message>
    <message>
        <source>Save, then choose when this export runs by itself</source>
        <translation>Enregistrer, puis choisir quand cet export s&apos;exécute automatiquement</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportListModel</name>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>Nothing new · %1</source>
        <translation>Rien de nouveau · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) sent · %1</source>
        <translation>
            <numerusform>%Ln ligne envoyée · %1</numerusform>
            <numerusform>%Ln lignes envoyées · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed · %1</source>
        <translation>Échec · %1</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>SFTP %1</source>
        <translation>SFTP %1</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécuté</translation>
    </message>
    <message>
        <source>%1 is not a dataset of this workspace</source>
        <translation>%1 n&apos;est pas un jeu de données de cet espace de travail</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4</source>
        <translation>%1&#xa0;: %2 dans %3, %4</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Each run sends</source>
        <translation>Chaque exécution envoie</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportsPage</name>
    <message>
        <source>No exports defined yet</source>
        <translation>Aucun export défini pour l&apos;instant</translation>
    </message>
    <message>
        <source>An export turns taken-in writebacks into the file your CRM or student information system imports: the columns it expects, its date format and separator, and where the file goes. Each run sends what is new since the last.</source>
        <translation>Un export transforme les données writeback récupérées en fichier que votre CRM ou votre système d&apos;information étudiant importe&#xa0;: les colonnes attendues, le format de date et le séparateur, et la destination du fichier. Chaque exécution envoie ce qui est nouveau depuis la précédente.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Nouvel export…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>E&amp;xécuter maintenant</translation>
    </message>
    <message>
        <source>&amp;Import definition…</source>
        <translation>&amp;Importer une définition…</translation>
    </message>
    <message>
        <source>E&amp;xport definition…</source>
        <translation>Ex&amp;porter la définition…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>The files made from your datasets for Slate, Salesforce and other systems, and how their last runs went.</source>
        <translation>Les fichiers produits à partir de vos jeux de données pour Slate, Salesforce et d&apos;autres systèmes, et le déroulement de leurs dernières exécutions.</translation>
    </message>
    <message>
        <source>Send what is new since the last run to the export&apos;s destination</source>
        <translation>Envoyer ce qui est nouveau depuis la dernière exécution vers la destination de l&apos;export</translation>
    </message>
    <message>
        <source>Read an export definition from a JSON file, to check and save it here</source>
        <translation>Lire une définition d&apos;export depuis un fichier JSON, pour la vérifier et l&apos;enregistrer ici</translation>
    </message>
    <message>
        <source>Write the selected export&apos;s definition to a JSON file</source>
        <translation>Écrire la définition de l&apos;export sélectionné dans un fichier JSON</translation>
    </message>
    <message>
        <source>New export…</source>
        <translation>Nouvel export…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>Running “%1” — %2 of %3 rows</source>
        <translation>Exécution de «&#xa0;%1&#xa0;» — %2 lignes sur %3</translation>
    </message>
    <message>
        <source>Import an export definition</source>
        <translation>Importer une définition d&apos;export</translation>
    </message>
    <message>
        <source>Export definitions (*.json);;All files (*)</source>
        <translation>Définitions d&apos;export (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an export definition.</source>
        <translation>%1 est trop volumineux pour être une définition d&apos;export.</translation>
    </message>
    <message>
        <source>It is not an export definition.</source>
        <translation>Ce n&apos;est pas une définition d&apos;export.</translation>
    </message>
    <message>
        <source>%1 cannot be imported:</source>
        <translation>%1 ne peut pas être importé&#xa0;:</translation>
    </message>
    <message>
        <source>Export the definition of “%1”</source>
        <translation>Exporter la définition de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Export definitions (*.json)</source>
        <translation>Définitions d&apos;export (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The definition of “%1” is in %2.</source>
        <translation>La définition de «&#xa0;%1&#xa0;» se trouve dans %2.</translation>
    </message>
    <message>
        <source>Remove export</source>
        <translation>Supprimer l&apos;export</translation>
    </message>
    <message>
        <source>Remove the export “%1”?

Files it has delivered stay where they are; the datasets are not touched.</source>
        <translation>Supprimer l&apos;export «&#xa0;%1&#xa0;»&#xa0;?

Les fichiers qu&apos;il a livrés restent où ils sont&#xa0;; les jeux de données ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>Exécution de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” had nothing new to send, so no file was written.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;avait rien de nouveau à envoyer&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” sent %Ln row(s) in %2 (%3) to %4.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a envoyé %Ln ligne dans %2 (%3) vers %4.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a envoyé %Ln lignes dans %2 (%3) vers %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>P&amp;lanifier…</translation>
    </message>
    <message>
        <source>Choose when the selected export runs by itself, even while the app is closed</source>
        <translation>Choisir quand l&apos;export sélectionné s&apos;exécute automatiquement, même lorsque l&apos;application est fermée</translation>
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
    <name>wb::ui::FileStep</name>
    <message>
        <source>Format of file</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>The file is UTF-8 CSV. Choose its layout, its name, and where each run delivers it.</source>
        <translation>Le fichier est un CSV en UTF-8. Choisissez sa mise en forme, son nom et l&apos;endroit où chaque exécution le livre.</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>&amp;Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Byte-order &amp;mark (BOM)</source>
        <translation>&amp;Marque d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas</source>
        <translation>Protéger contre les f&amp;ormules</translation>
    </message>
    <message>
        <source>Local f&amp;older</source>
        <translation>&amp;Dossier local</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>SFT&amp;P server</source>
        <translation>Ser&amp;veur SFTP</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>Sép&amp;arateur&#xa0;:</translation>
    </message>
    <message>
        <source>CRLF (Windows, RFC 4180)</source>
        <translation>CRLF (Windows, RFC 4180)</translation>
    </message>
    <message>
        <source>LF (Unix)</source>
        <translation>LF (Unix)</translation>
    </message>
    <message>
        <source>&amp;Line endings:</source>
        <translation>Fins de li&amp;gne&#xa0;:</translation>
    </message>
    <message>
        <source>A first line with the columns&apos; headers, as named in “Choose data”</source>
        <translation>Une première ligne avec les en-têtes des colonnes, tels que nommés dans «&#xa0;Choix des données&#xa0;»</translation>
    </message>
    <message>
        <source>Excel needs it for accents.</source>
        <translation>Excel en a besoin pour les accents.</translation>
    </message>
    <message>
        <source>Without it, Excel reads the file in the computer&apos;s old code page: “Renée” shows as “RenÃ©e”.</source>
        <translation>Sans elle, Excel lit le fichier dans l&apos;ancienne page de codes de l&apos;ordinateur&#xa0;: «&#xa0;Renée&#xa0;» s&apos;affiche «&#xa0;RenÃ©e&#xa0;».</translation>
    </message>
    <message>
        <source>A spreadsheet runs such values as formulas; with the &apos; it shows them as text.</source>
        <translation>Un tableur exécute ces valeurs comme des formules&#xa0;; avec l&apos;apostrophe &apos;, il les affiche comme du texte.</translation>
    </message>
    <message>
        <source>Separate values with %1</source>
        <translation>Séparer les valeurs par&#xa0;: %1</translation>
    </message>
    <message>
        <source>End lines with CRLF</source>
        <translation>Terminer les lignes par CRLF</translation>
    </message>
    <message>
        <source>End lines with LF</source>
        <translation>Terminer les lignes par LF</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Byte-order mark</source>
        <translation>Marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>Formula guard</source>
        <translation>Protection contre les formules</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>Activer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>Désactiver&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. card_opens</source>
        <translation>p.&#xa0;ex. card_opens</translation>
    </message>
    <message>
        <source>The part of the name that stays the same on every run, without extension</source>
        <translation>La partie du nom qui reste identique à chaque exécution, sans extension</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Nom de &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>none: the same name every run</source>
        <translation>aucun&#xa0;: le même nom à chaque exécution</translation>
    </message>
    <message>
        <source>A date pattern added to the name on each run (yyyy year, MM month, dd day, HH hour, mm minute, ss second)</source>
        <translation>Un modèle de date ajouté au nom à chaque exécution (yyyy année, MM mois, dd jour, HH heure, mm minute, ss seconde)</translation>
    </message>
    <message>
        <source>Date s&amp;uffix:</source>
        <translation>S&amp;uffixe de date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Compression&#xa0;:</translation>
    </message>
    <message>
        <source>What a second run on the same day does when its file&apos;s name is taken</source>
        <translation>Ce que fait une deuxième exécution le même jour lorsque le nom de son fichier est déjà pris</translation>
    </message>
    <message>
        <source>If the name is &amp;taken:</source>
        <translation>Si le nom est dé&amp;jà pris&#xa0;:</translation>
    </message>
    <message>
        <source>Change the file name</source>
        <translation>Modifier le nom du fichier</translation>
    </message>
    <message>
        <source>Change the date suffix</source>
        <translation>Modifier le suffixe de date</translation>
    </message>
    <message>
        <source>Compression: %1</source>
        <translation>Compression&#xa0;: %1</translation>
    </message>
    <message>
        <source>When the name is taken: %1</source>
        <translation>Si le nom est déjà pris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>the folder the file is written to</source>
        <translation>le dossier dans lequel le fichier est écrit</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>(no connections: add one on the Connections page)</source>
        <translation>(aucune connexion&#xa0;: ajoutez-en une sur la page Connexions)</translation>
    </message>
    <message>
        <source>(choose a connection)</source>
        <translation>(choisissez une connexion)</translation>
    </message>
    <message>
        <source>Connect&amp;ion:</source>
        <translation>Connex&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>Dossier dis&amp;tant&#xa0;:</translation>
    </message>
    <message>
        <source>Deliver to a local folder</source>
        <translation>Livrer dans un dossier local</translation>
    </message>
    <message>
        <source>Upload by SFTP</source>
        <translation>Envoyer par SFTP</translation>
    </message>
    <message>
        <source>Change the folder</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Envoyer vers %1</translation>
    </message>
    <message>
        <source>Change the remote folder</source>
        <translation>Modifier le dossier distant</translation>
    </message>
    <message>
        <source>Folder for the export&apos;s files</source>
        <translation>Dossier des fichiers de l&apos;export</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Give the file a name to see what each run will call it.</source>
        <translation>Donnez un nom au fichier pour voir comment chaque exécution l&apos;appellera.</translation>
    </message>
    <message>
        <source>A run now writes &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Exécuté maintenant, l&apos;export écrirait &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>or, when that name is taken, %1</source>
        <translation>ou, si ce nom est déjà pris, %1</translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (absent de cet espace de travail)</translation>
    </message>
    <message>
        <source>the connection&apos;s write path</source>
        <translation>le dossier d&apos;écriture de la connexion</translation>
    </message>
    <message>
        <source>the connection&apos;s write path, %1</source>
        <translation>le dossier d&apos;écriture de la connexion, %1</translation>
    </message>
    <message>
        <source>Deliver a &amp;manifest with each file</source>
        <translation>Livrer un &amp;manifeste avec chaque fichier</translation>
    </message>
    <message>
        <source>Text starting with = + - @, a tab or a CR gets a leading &apos;.</source>
        <translation>Un texte commençant par = + - @, une tabulation ou un CR reçoit une &apos; en tête.</translation>
    </message>
    <message>
        <source>&lt;file&gt;.manifest.json: size, SHA-256, rows and ranges, after the file.</source>
        <translation>&lt;fichier&gt;.manifest.json : taille, SHA-256, lignes et plages, après le fichier.</translation>
    </message>
    <message>
        <source>The receiving side can check it got the whole file, and every row exactly once.</source>
        <translation>Le destinataire peut vérifier qu’il a reçu tout le fichier, et chaque ligne exactement une fois.</translation>
    </message>
    <message>
        <source>Manifest on</source>
        <translation>Manifeste activé</translation>
    </message>
    <message>
        <source>Manifest off</source>
        <translation>Manifeste désactivé</translation>
    </message>
    <message>
        <source>(reading the workspace…)</source>
        <translation>(lecture de l&apos;espace de travail…)</translation>
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
    <message>
        <source>Make a &amp;rule for files like this one…</source>
        <translation>Créer une &amp;règle pour les fichiers comme celui-ci…</translation>
    </message>
    <message>
        <source>Say in a rule of the connection how files like this one are taken in: their dataset, their date order</source>
        <translation>Dire dans une règle de la connexion comment récupérer les fichiers comme celui-ci&#xa0;: leur jeu de données, l&apos;ordre de leurs dates</translation>
    </message>
</context>
<context>
    <name>wb::ui::GeneralStep</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Name the export, choose the dataset it reads, and which of its rows each run sends.</source>
        <translation>Nommez l&apos;export, choisissez le jeu de données qu&apos;il lit et les lignes que chaque exécution envoie.</translation>
    </message>
    <message>
        <source>e.g. card_opens_to_slate</source>
        <translation>p.&#xa0;ex. card_opens_to_slate</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln ligne</numerusform>
            <numerusform>%1 — %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n champ</numerusform>
            <numerusform>%1&#xa0;: %n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>(no datasets: take files in on the Data page first)</source>
        <translation>(aucun jeu de données&#xa0;: récupérez d&apos;abord des fichiers sur la page Données)</translation>
    </message>
    <message>
        <source>(choose the dataset to export)</source>
        <translation>(choisissez le jeu de données à exporter)</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Each run sends:</source>
        <translation>Chaque exécution envoie&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;rows</source>
        <translation>Nouvelles &amp;lignes</translation>
    </message>
    <message>
        <source>&amp;Changed rows</source>
        <translation>Lignes &amp;modifiées</translation>
    </message>
    <message>
        <source>New &amp;and changed rows</source>
        <translation>Lignes nouvelles e&amp;t modifiées</translation>
    </message>
    <message>
        <source>&amp;Every row</source>
        <translation>To&amp;utes les lignes</translation>
    </message>
    <message>
        <source>Rename the export</source>
        <translation>Renommer l&apos;export</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>How the export is listed; it also suggests the file name.</source>
        <translation>Le nom sous lequel l&apos;export apparaît dans la liste&#xa0;; il sert aussi à proposer le nom du fichier.</translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (absent de cet espace de travail)</translation>
    </message>
    <message>
        <source>Renaming keeps the export&apos;s runs, schedule and what it has sent.</source>
        <translation>Renommer conserve les exécutions de l’export, sa planification et ce qu’il a envoyé.</translation>
    </message>
    <message>
        <source>(reading the workspace…)</source>
        <translation>(lecture de l&apos;espace de travail…)</translation>
    </message>
    <message>
        <source>Dele&amp;ted records</source>
        <translation>Enregistremen&amp;ts supprimés</translation>
    </message>
    <message>
        <source>This dataset has no deleted records: Actito&apos;s profile, linked data, interaction and repository datasets do, marked by their deleted-records exports.</source>
        <translation>Ce jeu de données n&apos;a pas d&apos;enregistrements supprimés&#xa0;: ceux des profils, données liées, interactions et référentiels Actito en ont, marqués par leurs exports d&apos;enregistrements supprimés.</translation>
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
    <name>wb::ui::IntakeRuleDialog</name>
    <message>
        <source>New intake rule</source>
        <translation>Nouvelle règle de récupération</translation>
    </message>
    <message>
        <source>none: the read path only</source>
        <translation>aucun&#xa0;: le dossier de lecture seul</translation>
    </message>
    <message>
        <source>Automatic: as the file shows, or refused</source>
        <translation>Automatique&#xa0;: comme le montre le fichier, sinon refusé</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour en premier (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois en premier (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Année en premier (2026-12-31)</translation>
    </message>
    <message numerus="yes">
        <source>level(s) down</source>
        <translation>
            <numerusform>niveau plus bas</numerusform>
            <numerusform>niveaux plus bas</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised from the name and header</source>
        <translation>Reconnu d&apos;après le nom et l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A dataset of your own…</source>
        <translation>Un jeu de données à vous…</translation>
    </message>
    <message>
        <source>Dataset of your own</source>
        <translation>Jeu de données à vous</translation>
    </message>
    <message>
        <source>Name of the dataset the files go into (lower-case letters, digits and _, e.g. “event_signups”):</source>
        <translation>Nom du jeu de données qui reçoit les fichiers (minuscules, chiffres et _, p. ex. «&#xa0;event_signups&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the folder on the server to move the files to.</source>
        <translation>Indiquez le dossier du serveur où déplacer les fichiers.</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Enregistrer la règle</translation>
    </message>
    <message>
        <source>Without a &apos;/&apos;, the pattern matches file names; with one, paths under the read path (such as */opens_*.csv).</source>
        <translation>Sans &apos;/&apos;, le motif porte sur les noms de fichiers&#xa0;; avec un &apos;/&apos;, sur les chemins sous le dossier de lecture (comme */opens_*.csv).</translation>
    </message>
    <message>
        <source>Matches the file&apos;s path under the read path.</source>
        <translation>Porte sur le chemin du fichier sous le dossier de lecture.</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, in the read path and its subfolders.</source>
        <translation>Porte sur le nom du fichier, dans le dossier de lecture et ses sous-dossiers.</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, in the read path.</source>
        <translation>Porte sur le nom du fichier, dans le dossier de lecture.</translation>
    </message>
    <message>
        <source>It does not match %1, the file it is made for.</source>
        <translation>Il ne correspond pas à %1, le fichier pour lequel elle est créée.</translation>
    </message>
    <message>
        <source>It matches %1.</source>
        <translation>Il correspond à %1.</translation>
    </message>
    <message>
        <source>Each file is recognised by its name and header, as without a rule.</source>
        <translation>Chaque fichier est reconnu d&apos;après son nom et son en-tête, comme sans règle.</translation>
    </message>
    <message>
        <source>Into the dataset %1.</source>
        <translation>Dans le jeu de données %1.</translation>
    </message>
    <message>
        <source>Into the dataset %1 of your own, read as the file&apos;s header says.</source>
        <translation>Dans votre jeu de données %1, lu comme le dit l&apos;en-tête du fichier.</translation>
    </message>
</context>
<context>
    <name>wb::ui::IntakeRuleList</name>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Ajouter une règle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>A fetch takes each file in by the first rule whose pattern matches it. Files no rule matches are recognised by their name and header, as without rules, and only in the read path itself.</source>
        <translation>Une récupération prend chaque fichier selon la première règle dont le motif lui correspond. Les fichiers qu&apos;aucune règle ne couvre sont reconnus d&apos;après leur nom et leur en-tête, comme sans règles, et seulement dans le dossier de lecture lui-même.</translation>
    </message>
    <message>
        <source>Enter edits the selected rule, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>Entrée modifie la règle choisie, Suppr la supprime, Alt+Haut et Alt+Bas la déplacent</translation>
    </message>
    <message>
        <source>Try the selected rule before the one above it (Alt+Up)</source>
        <translation>Essayer la règle choisie avant celle du dessus (Alt+Haut)</translation>
    </message>
    <message>
        <source>Try the selected rule after the one below it (Alt+Down)</source>
        <translation>Essayer la règle choisie après celle du dessous (Alt+Bas)</translation>
    </message>
    <message>
        <source>recognised by name and header</source>
        <translation>reconnu d&apos;après le nom et l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>jeu de données %1</translation>
    </message>
    <message>
        <source>dates day first</source>
        <translation>dates jour en premier</translation>
    </message>
    <message>
        <source>dates month first</source>
        <translation>dates mois en premier</translation>
    </message>
    <message>
        <source>dates year first</source>
        <translation>dates année en premier</translation>
    </message>
    <message>
        <source>kept on the server</source>
        <translation>gardé sur le serveur</translation>
    </message>
    <message>
        <source>deleted from the server</source>
        <translation>supprimé du serveur</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>déplacé dans %1</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message numerus="yes">
        <source>(subfolders: %n level(s) down)</source>
        <translation>
            <numerusform>(sous-dossiers&#xa0;: %n niveau plus bas)</numerusform>
            <numerusform>(sous-dossiers&#xa0;: %n niveaux plus bas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake rule %1</source>
        <translation>Règle de récupération %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::LookupRow</name>
    <message>
        <source>where its</source>
        <translation>où son</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>Add columns &amp;from:</source>
        <translation>Ajouter des colonnes &amp;de :</translation>
    </message>
    <message>
        <source>Another dataset whose fields the file can hold as well: each row gets the latest row of that dataset with the matching value, or empty cells when there is none.</source>
        <translation>Un autre jeu de données dont le fichier peut aussi contenir les champs : chaque ligne reçoit la dernière ligne de ce jeu de données ayant la valeur correspondante, ou des cellules vides s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Field of the other dataset</source>
        <translation>Champ de l&apos;autre jeu de données</translation>
    </message>
    <message>
        <source>Field of this export&apos;s dataset</source>
        <translation>Champ du jeu de données de cet export</translation>
    </message>
    <message>
        <source>no other dataset</source>
        <translation>aucun autre jeu de données</translation>
    </message>
    <message>
        <source>Add no columns from another dataset</source>
        <translation>N&apos;ajouter aucune colonne d&apos;un autre jeu de données</translation>
    </message>
    <message>
        <source>Add columns from %1</source>
        <translation>Ajouter des colonnes de %1</translation>
    </message>
    <message>
        <source>Match the other dataset&apos;s %1 with %2</source>
        <translation>Faire correspondre %1 de l&apos;autre jeu de données avec %2</translation>
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
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>&amp;Réglages de l’espace de travail…</translation>
    </message>
</context>
<context>
    <name>wb::ui::PreviewPane</name>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>The first rows of the file appear here, exactly as the next run would write them, and change as you design it.</source>
        <translation>Les premières lignes du fichier s&apos;affichent ici, exactement telles que la prochaine exécution les écrirait, et changent à mesure que vous le concevez.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Raw file</source>
        <translation>Fichier brut</translation>
    </message>
    <message>
        <source>Choose a dataset in “General” to see the first rows of the file.</source>
        <translation>Choisissez un jeu de données dans «&#xa0;Général&#xa0;» pour voir les premières lignes du fichier.</translation>
    </message>
    <message>
        <source>Add columns in “Choose data” to see the first rows of the file.</source>
        <translation>Ajoutez des colonnes dans «&#xa0;Choix des données&#xa0;» pour voir les premières lignes du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new for the next run: these are the dataset&apos;s latest %Ln row(s).</source>
        <translation>
            <numerusform>Rien de nouveau pour la prochaine exécution&#xa0;: voici %Ln ligne, la plus récente du jeu de données.</numerusform>
            <numerusform>Rien de nouveau pour la prochaine exécution&#xa0;: voici les %Ln lignes les plus récentes du jeu de données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next run: %Ln row(s), all shown.</source>
        <translation>
            <numerusform>Prochaine exécution&#xa0;: %Ln ligne, affichée.</numerusform>
            <numerusform>Prochaine exécution&#xa0;: %Ln lignes, toutes affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 rows — first %Ln shown.</source>
        <translation>
            <numerusform>Prochaine exécution&#xa0;: %1 lignes — %Ln première affichée.</numerusform>
            <numerusform>Prochaine exécution&#xa0;: %1 lignes — les %Ln premières affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark</source>
        <translation>UTF-8 avec marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>UTF-8 without a byte-order mark</source>
        <translation>UTF-8 sans marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>CRLF line endings</source>
        <translation>fins de ligne CRLF</translation>
    </message>
    <message>
        <source>LF line endings</source>
        <translation>fins de ligne LF</translation>
    </message>
    <message>
        <source>values separated by %1</source>
        <translation>valeurs séparées par %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Preview is updating</source>
        <translation>L’aperçu est en cours de mise à jour</translation>
    </message>
</context>
<context>
    <name>wb::ui::PreviewTableModel</name>
    <message>
        <source>Starts with = + - or @: Excel and other spreadsheets would run this value as a formula. Turn on “Guard against formulas” in “Format of file” to write it as text.</source>
        <translation>Commence par = + - ou @&#xa0;: Excel et d&apos;autres tableurs exécuteraient cette valeur comme une formule. Activez «&#xa0;Protéger contre les formules&#xa0;» dans «&#xa0;Format du fichier&#xa0;» pour l&apos;écrire comme du texte.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>wb::ui::QueueEditor</name>
    <message>
        <source>New queue</source>
        <translation>Nouvelle file d&apos;attente</translation>
    </message>
    <message>
        <source>the password the platform gave you</source>
        <translation>le mot de passe que la plateforme vous a communiqué</translation>
    </message>
    <message>
        <source>Edit queue %1</source>
        <translation>Modifier la file d&apos;attente %1</translation>
    </message>
    <message>
        <source>unchanged: kept in the system keychain</source>
        <translation>inchangé&#xa0;: conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>amqp:// has no TLS: the password and every message cross the network readable. Use it only for a broker on this computer; Amazon MQ takes amqps://HOST:5671.</source>
        <translation>amqp:// n&apos;utilise pas TLS&#xa0;: le mot de passe et chaque message circulent en clair sur le réseau. Ne l&apos;utilisez que pour un broker situé sur cet ordinateur&#xa0;; Amazon MQ attend amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisir le certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The queue was saved, but the password could not be stored in the system keychain: %1
Set WRITEBACK_QUEUE_PASSWORD for the runs that read this queue.</source>
        <translation>La file d&apos;attente a été enregistrée, mais le mot de passe n&apos;a pas pu être stocké dans le trousseau du système&#xa0;: %1
Définissez WRITEBACK_QUEUE_PASSWORD pour les exécutions qui lisent cette file d&apos;attente.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
    <name>wb::ui::RuleFromFile</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 came from the connection “%2”, which is no longer there: add a rule to the connection that fetches such files now.</source>
        <translation>%1 venait de la connexion «&#xa0;%2&#xa0;», qui n&apos;existe plus&#xa0;: ajoutez une règle à la connexion qui récupère maintenant ces fichiers.</translation>
    </message>
    <message>
        <source>%1 was refused because its dates can be read day first or month first: %2
Day first is chosen below; check it against the file.</source>
        <translation>%1 a été refusé parce que ses dates peuvent se lire jour en premier ou mois en premier&#xa0;: %2
Jour en premier est choisi ci-dessous&#xa0;; vérifiez-le d&apos;après le fichier.</translation>
    </message>
    <message>
        <source>%1 has the columns of several formats, and its name does not say which: %2. Choose the one it is.</source>
        <translation>%1 a les colonnes de plusieurs formats, et son nom ne dit pas lequel&#xa0;: %2. Choisissez le bon.</translation>
    </message>
    <message>
        <source>%1 matches no known format: choose the dataset its files go into.</source>
        <translation>%1 ne correspond à aucun format connu&#xa0;: choisissez le jeu de données qui recevra ces fichiers.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rule is tried before rule %1 (%2), which matches this file too.</source>
        <translation>La règle est essayée avant la règle %1 (%2), qui correspond aussi à ce fichier.</translation>
    </message>
    <message>
        <source>Rule for files like %1 on %2</source>
        <translation>Règle pour les fichiers comme %1 sur %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsChart</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %n run(s)</source>
        <translation>
            <numerusform>%1 lignes en %n exécution</numerusform>
            <numerusform>%1 lignes en %n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>No runs from %1</source>
        <translation>Aucune exécution %1</translation>
    </message>
    <message>
        <source>Rows per day, %1</source>
        <translation>Lignes par jour, %1</translation>
    </message>
    <message>
        <source>Rows per week, %1</source>
        <translation>Lignes par semaine, %1</translation>
    </message>
    <message>
        <source>Rows per month, %1</source>
        <translation>Lignes par mois, %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rows (millions)</source>
        <translation>Lignes (millions)</translation>
    </message>
    <message>
        <source>Rows (thousands)</source>
        <translation>Lignes (milliers)</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsModel</name>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Fetch %1</source>
        <translation>Récupération %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Re-delivery</source>
        <translation>Relivraison</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Déclenchée par</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Consume %1</source>
        <translation>Consommation %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsPage</name>
    <message>
        <source>Nothing has run yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Re-&amp;deliver</source>
        <translation>Re&amp;livrer</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Ouvrir le &amp;fichier</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Ouvrir le doss&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Co&amp;pier le rapport</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>Pla&amp;nifier…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Read the runs again, including those the system&apos;s scheduler started</source>
        <translation>Relire les exécutions, y compris celles lancées par le planificateur du système</translation>
    </message>
    <message>
        <source>Send this run&apos;s file again, under a new name, without moving the export on</source>
        <translation>Renvoyer le fichier de cette exécution, sous un nouveau nom, sans faire avancer l&apos;export</translation>
    </message>
    <message>
        <source>Open the delivered file</source>
        <translation>Ouvrir le fichier livré</translation>
    </message>
    <message>
        <source>Open the folder the file was delivered to</source>
        <translation>Ouvrir le dossier dans lequel le fichier a été livré</translation>
    </message>
    <message>
        <source>Copy the run&apos;s report, e.g. into a support ticket</source>
        <translation>Copier le rapport de l&apos;exécution, p.&#xa0;ex. dans une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>Ét&amp;at</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Select a run to see its report.</source>
        <translation>Sélectionnez une exécution pour voir son rapport.</translation>
    </message>
    <message>
        <source>No runs match these filters.</source>
        <translation>Aucune exécution ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>%1 — %2, run %3</source>
        <translation>%1 — %2, exécution %3</translation>
    </message>
    <message>
        <source>Select a run or a job to set when it runs by itself</source>
        <translation>Sélectionnez une exécution ou une tâche pour définir quand elle s&apos;exécute automatiquement</translation>
    </message>
    <message>
        <source>Set when %1 runs by itself</source>
        <translation>Définir quand %1 s&apos;exécute automatiquement</translation>
    </message>
    <message>
        <source>Running %1 again…</source>
        <translation>Nouvelle exécution&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1 ran again: there was nothing new to deliver.</source>
        <translation>%1&#xa0;: nouvelle exécution terminée, il n&apos;y avait rien de nouveau à livrer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran again: %n row(s) in %2.</source>
        <translation>
            <numerusform>%1&#xa0;: nouvelle exécution terminée, %n ligne dans %2.</numerusform>
            <numerusform>%1&#xa0;: nouvelle exécution terminée, %n lignes dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is running already, so it was not started again: %2</source>
        <translation>%1&#xa0;: déjà en cours d&apos;exécution, donc pas relancé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed again: %2</source>
        <translation>%1&#xa0;: nouvel échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sending %1 again…</source>
        <translation>Nouvel envoi de %1…</translation>
    </message>
    <message>
        <source>Sent the rows of run %1 again as %2.</source>
        <translation>Les lignes de l&apos;exécution %1 ont été renvoyées sous le nom %2.</translation>
    </message>
    <message>
        <source>Run %1 could not be sent again: %2</source>
        <translation>Impossible de renvoyer l&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Aucun programme n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>%1 is no longer in %2; whatever picks the files up may have taken it.</source>
        <translation>%1 n&apos;est plus dans %2&#xa0;; le système qui récupère les fichiers l&apos;a peut-être déjà pris.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist any more.</source>
        <translation>Le dossier %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Copied the report of run %1.</source>
        <translation>Rapport de l&apos;exécution %1 copié.</translation>
    </message>
    <message>
        <source>Every fetch, consume and export run is recorded here: when it ran, what it moved and, when something failed, why. Run an export on the Exports page, or give it a schedule so it runs by itself.</source>
        <translation>Chaque récupération, consommation et exécution d&apos;export est consignée ici&#xa0;: quand elle a eu lieu, ce qu&apos;elle a transféré et, en cas d&apos;échec, pourquoi. Exécutez un export depuis la page Exports, ou planifiez-le pour qu&apos;il s&apos;exécute automatiquement.</translation>
    </message>
    <message>
        <source>Every fetch, consume and export run, newest first: by hand, on a schedule or retried.</source>
        <translation>Chaque récupération, consommation et exécution d&apos;export, de la plus récente à la plus ancienne&#xa0;: manuelle, planifiée ou relancée.</translation>
    </message>
    <message>
        <source>Run the job of this failed run again: an export sends the rows the failed run did not, a fetch takes in the files still new, a consume the messages still waiting</source>
        <translation>Relancer la tâche de cette exécution en échec&#xa0;: un export envoie les lignes que l&apos;exécution en échec n&apos;a pas envoyées, une récupération récupère les fichiers encore nouveaux, une consommation les messages encore en attente</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran again: %n row(s) taken in.</source>
        <translation>
            <numerusform>%1&#xa0;: nouvelle exécution terminée, %n ligne récupérée.</numerusform>
            <numerusform>%1&#xa0;: nouvelle exécution terminée, %n lignes récupérées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ScheduleEditor</name>
    <message>
        <source>O&amp;n</source>
        <translation>&amp;Jours</translation>
    </message>
    <message>
        <source>&amp;Paused: keep the schedule, but do not run it</source>
        <translation>En &amp;pause&#xa0;: conserver la planification, mais ne pas l&apos;exécuter</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Prochaines exécutions</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove schedule</source>
        <translation>&amp;Supprimer la planification</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>When %1 runs</source>
        <translation>Quand exécuter %1</translation>
    </message>
    <message>
        <source>It runs by itself at these times, whether or not Writeback Studio is open. Times are wall-clock times in the schedule&apos;s time zone, summer and winter.</source>
        <translation>La tâche s&apos;exécute automatiquement à ces heures, que Writeback Studio soit ouvert ou non. Les heures sont celles de l&apos;horloge dans le fuseau horaire de la planification, en été comme en hiver.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Toutes les N heures</translation>
    </message>
    <message>
        <source>On some days of the week</source>
        <translation>Certains jours de la semaine</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Tous les N jours</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>The zone whose wall-clock times the schedule keeps. This computer&apos;s zone follows the computer when it moves; a named zone stays put.</source>
        <translation>Le fuseau dont la planification suit l&apos;heure d&apos;horloge. Le fuseau de cet ordinateur suit l&apos;ordinateur lorsqu&apos;il change de lieu&#xa0;; un fuseau nommé reste fixe.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuseau hor&amp;aire</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 dans le fuseau %3)</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Intervalle</translation>
    </message>
    <message>
        <source>&amp;First run of the day</source>
        <translation>Première e&amp;xécution de la journée</translation>
    </message>
    <message>
        <source>The runs of a day start at the first run and stop at midnight.</source>
        <translation>Les exécutions d&apos;une journée commencent à la première exécution et s&apos;arrêtent à minuit.</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Counted from the day the schedule was made.</source>
        <translation>Compté à partir du jour de création de la planification.</translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> heure</numerusform>
            <numerusform> heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a time zone from the list (type part of its name to find it).</source>
        <translation>Choisissez un fuseau horaire dans la liste (tapez une partie de son nom pour le trouver).</translation>
    </message>
    <message>
        <source>Next runs, once it is resumed</source>
        <translation>Prochaines exécutions, une fois la planification reprise</translation>
    </message>
    <message>
        <source>Not saved yet: %1 still runs as saved (%2).</source>
        <translation>Pas encore enregistré&#xa0;: %1 s&apos;exécute toujours selon la planification enregistrée (%2).</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Registered with the %1. While paused, the runs it starts do nothing.</source>
        <translation>Enregistrée auprès du planificateur du système (%1). Tant qu&apos;elle est en pause, les exécutions qu&apos;il lance ne font rien.</translation>
    </message>
    <message>
        <source>Registered with the %1: it runs at these times whether or not Writeback Studio is open.</source>
        <translation>Enregistrée auprès du planificateur du système (%1)&#xa0;: elle s&apos;exécute à ces heures, que Writeback Studio soit ouvert ou non.</translation>
    </message>
    <message>
        <source>it is not registered with the %1.</source>
        <translation>elle n&apos;est pas enregistrée auprès du planificateur du système (%1).</translation>
    </message>
    <message>
        <source>Runs only while Writeback Studio is open: %1</source>
        <translation>Ne s&apos;exécute que lorsque Writeback Studio est ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Registering with the system&apos;s scheduler…</source>
        <translation>Enregistrée. Inscription auprès du planificateur du système…</translation>
    </message>
    <message>
        <source>writeback-cli, which the system&apos;s scheduler would start, was not found beside Writeback Studio.</source>
        <translation>writeback-cli, que le planificateur du système devrait lancer, est introuvable à côté de Writeback Studio.</translation>
    </message>
    <message>
        <source>Checking the system&apos;s scheduler…</source>
        <translation>Vérification du planificateur du système…</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Supprimer la planification</translation>
    </message>
    <message>
        <source>Remove the schedule of %1? It will no longer run by itself; you can still run it by hand.</source>
        <translation>Supprimer la planification de %1&#xa0;? Cette tâche ne s&apos;exécutera plus automatiquement&#xa0;; vous pourrez toujours l&apos;exécuter manuellement.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removing the registration…</source>
        <translation>Suppression de l&apos;inscription…</translation>
    </message>
    <message>
        <source>The schedule was removed, but its system registration could not be: %1</source>
        <translation>La planification a été supprimée, mais pas son inscription auprès du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::SummaryStep</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check the export as a whole, then save it, or save it and send its first file now.</source>
        <translation>Vérifiez l&apos;export dans son ensemble, puis enregistrez-le, ou enregistrez-le et envoyez son premier fichier dès maintenant.</translation>
    </message>
    <message>
        <source>This export</source>
        <translation>Cet export</translation>
    </message>
    <message>
        <source>%1 reads %2 (%3).</source>
        <translation>%1 lit %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) now</source>
        <translation>
            <numerusform>%Ln ligne actuellement</numerusform>
            <numerusform>%Ln lignes actuellement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reads the dataset %2, which this workspace does not have.</source>
        <translation>%1 lit le jeu de données %2, que cet espace de travail ne contient pas.</translation>
    </message>
    <message>
        <source>%1 has no dataset yet.</source>
        <translation>%1 n&apos;a pas encore de jeu de données.</translation>
    </message>
    <message>
        <source>Each run sends %1.</source>
        <translation>Chaque exécution envoie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>No columns chosen yet.</source>
        <translation>Aucune colonne choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir de %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s), in this order: %1.</source>
        <translation>
            <numerusform>Le fichier a %n colonne&#xa0;: %1.</numerusform>
            <numerusform>Le fichier a %n colonnes, dans cet ordre&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Booleans are written %1; dates as %2 and dates with a time as %3; several values in one field are separated by %4.</source>
        <translation>Les booléens sont écrits sous la forme %1&#xa0;; les dates sous la forme %2 et les dates avec heure sous la forme %3&#xa0;; plusieurs valeurs dans un même champ sont séparées par %4.</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>aucune ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>CRLF line endings</source>
        <translation>fins de ligne CRLF</translation>
    </message>
    <message>
        <source>LF line endings</source>
        <translation>fins de ligne LF</translation>
    </message>
    <message>
        <source>a byte-order mark for Excel</source>
        <translation>une marque d&apos;ordre des octets pour Excel</translation>
    </message>
    <message>
        <source>no byte-order mark</source>
        <translation>aucune marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>Values are separated by %1, with %2.</source>
        <translation>Les valeurs sont séparées par %1&#xa0;; %2.</translation>
    </message>
    <message>
        <source>A run now writes %1</source>
        <translation>Exécuté maintenant, l&apos;export écrirait %1</translation>
    </message>
    <message>
        <source>(compressed with %1)</source>
        <translation>(compressé avec %1)</translation>
    </message>
    <message>
        <source>; when that name is taken, it adds _2, _3… before the extension.</source>
        <translation>; si ce nom est déjà pris, il ajoute _2, _3… avant l&apos;extension.</translation>
    </message>
    <message>
        <source>; when that name is taken, the run fails.</source>
        <translation>; si ce nom est déjà pris, l&apos;exécution échoue.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Files are written to the folder %1.</source>
        <translation>Les fichiers sont écrits dans le dossier %1.</translation>
    </message>
    <message>
        <source>No connection chosen yet.</source>
        <translation>Aucune connexion choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Files are uploaded over SFTP to %1, into its write path.</source>
        <translation>Les fichiers sont envoyés par SFTP vers %1, dans son dossier d&apos;écriture.</translation>
    </message>
    <message>
        <source>Files are uploaded over SFTP to %1, into %2.</source>
        <translation>Les fichiers sont envoyés par SFTP vers %1, dans %2.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prêt à être enregistré.</translation>
    </message>
    <message>
        <source>Text starting with = + - @, a tab or a CR is guarded with a leading &apos;.</source>
        <translation>Un texte commençant par = + - @, une tabulation ou un CR est protégé par une &apos; en tête.</translation>
    </message>
    <message>
        <source>Text starting with = + - @, a tab or a CR is written as it is.</source>
        <translation>Un texte commençant par = + - @, une tabulation ou un CR est écrit tel quel.</translation>
    </message>
</context>
<context>
    <name>wb::ui::TrayIcon</name>
    <message>
        <source>&amp;Open Writeback Studio</source>
        <translation>&amp;Ouvrir Writeback Studio</translation>
    </message>
    <message>
        <source>&amp;Run due jobs now</source>
        <translation>&amp;Exécuter maintenant les tâches prévues</translation>
    </message>
    <message>
        <source>Run the scheduled jobs whose time has come, without waiting for the next check</source>
        <translation>Exécuter les tâches planifiées dont l&apos;heure est venue, sans attendre la prochaine vérification</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Writeback Studio</source>
        <translation>Writeback Studio</translation>
    </message>
    <message>
        <source>Next run: %1, %2</source>
        <translation>Prochaine exécution&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>No scheduled runs</source>
        <translation>Aucune exécution planifiée</translation>
    </message>
    <message>
        <source>Last failure: %1, %2</source>
        <translation>Dernier échec&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>No reason was recorded; see the Runs page.</source>
        <translation>Aucune raison n&apos;a été enregistrée&#xa0;; voir la page Exécutions.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled run(s) failed</source>
        <translation>
            <numerusform>%n exécution planifiée a échoué</numerusform>
            <numerusform>%n exécutions planifiées ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
<context>
    <name>wb::ui::ValuesStep</name>
    <message>
        <source>Format of values</source>
        <translation>Format des valeurs</translation>
    </message>
    <message>
        <source>How values of each type are written, so that the system taking the file in reads them right. The preview shows the result.</source>
        <translation>La façon dont les valeurs de chaque type sont écrites, pour que le système qui reçoit le fichier les lise correctement. L&apos;aperçu montre le résultat.</translation>
    </message>
    <message>
        <source>Yes/no values</source>
        <translation>Valeurs oui/non</translation>
    </message>
    <message>
        <source>B&amp;ooleans:</source>
        <translation>&amp;Booléens&#xa0;:</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other patterns</source>
        <translation>Autres modèles</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>P&amp;réréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Qt date pattern: d, dd, M, MM, MMM, yy, yyyy</source>
        <translation>Modèle de date Qt&#xa0;: d, dd, M, MM, MMM, yy, yyyy</translation>
    </message>
    <message>
        <source>&amp;Date pattern:</source>
        <translation>Modèle de &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>Date and &amp;time pattern:</source>
        <translation>Modèle de date et &amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>Several values in one field</source>
        <translation>Plusieurs valeurs dans un champ</translation>
    </message>
    <message>
        <source>&amp;Multi-value separator:</source>
        <translation>Séparateur de valeurs &amp;multiples&#xa0;:</translation>
    </message>
    <message>
        <source>Between the values of a field that holds several, e.g. the options of a form answer. Not the file&apos;s separator (that is in the next step).</source>
        <translation>Entre les valeurs d&apos;un champ qui en contient plusieurs, p.&#xa0;ex. les options d&apos;une réponse de formulaire. Ce n&apos;est pas le séparateur du fichier (celui-ci se règle à l&apos;étape suivante).</translation>
    </message>
    <message>
        <source>Write booleans as %1</source>
        <translation>Écrire les booléens sous la forme %1</translation>
    </message>
    <message>
        <source>Use %1 dates</source>
        <translation>Utiliser les dates au format %1</translation>
    </message>
    <message>
        <source>Change the date pattern</source>
        <translation>Modifier le modèle de date</translation>
    </message>
    <message>
        <source>Change the date-time pattern</source>
        <translation>Modifier le modèle de date et heure</translation>
    </message>
    <message>
        <source>Change the multi-value separator</source>
        <translation>Modifier le séparateur de valeurs multiples</translation>
    </message>
    <message>
        <source>No column of the file has this type yet.</source>
        <translation>Aucune colonne du fichier n&apos;a encore ce type.</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>S&apos;applique à&#xa0;: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p.&#xa0;ex. %1</translation>
    </message>
    <message>
        <source>Qt date-time pattern: the date&apos;s letters and H, HH (24-hour), h, hh with AP (12-hour), mm, ss, zzz; ffffff for microseconds, FFFFFF for them only when there are some</source>
        <translation>Modèle de date et heure Qt&#xa0;: les lettres de la date et H, HH (24&#xa0;h), h, hh avec AP (12&#xa0;h), mm, ss, zzz&#xa0;; ffffff pour les microsecondes, FFFFFF pour ne les écrire que lorsqu&apos;il y en a</translation>
    </message>
</context>
<context>
    <name>wb::ui::Wording</name>
    <message>
        <source>New rows</source>
        <translation>Nouvelles lignes</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <source>New and changed rows</source>
        <translation>Lignes nouvelles et modifiées</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Only rows taken in since the last run.</source>
        <translation>Uniquement les lignes récupérées depuis la dernière exécution.</translation>
    </message>
    <message>
        <source>Only rows a later file changed since the last run; rows that are simply new are left out.</source>
        <translation>Uniquement les lignes qu&apos;un fichier ultérieur a modifiées depuis la dernière exécution&#xa0;; les lignes simplement nouvelles sont exclues.</translation>
    </message>
    <message>
        <source>Rows taken in or changed since the last run.</source>
        <translation>Les lignes récupérées ou modifiées depuis la dernière exécution.</translation>
    </message>
    <message>
        <source>Every row of the dataset, on every run.</source>
        <translation>Toutes les lignes du jeu de données, à chaque exécution.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>gzip (.csv.gz)</source>
        <translation>gzip (.csv.gz)</translation>
    </message>
    <message>
        <source>zip (.zip)</source>
        <translation>zip (.zip)</translation>
    </message>
    <message>
        <source>Add _2, _3… before the extension</source>
        <translation>Ajouter _2, _3… avant l&apos;extension</translation>
    </message>
    <message>
        <source>Fail the run</source>
        <translation>Faire échouer l&apos;exécution</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>aucun dossier choisi</translation>
    </message>
    <message>
        <source>no connection chosen</source>
        <translation>aucune connexion choisie</translation>
    </message>
    <message>
        <source>%1, its write path</source>
        <translation>%1, son dossier d&apos;écriture</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Enregistrements supprimés</translation>
    </message>
    <message>
        <source>Only records a deleted-records export marked deleted since the last run, each once.</source>
        <translation>Uniquement les enregistrements qu&apos;un export d&apos;enregistrements supprimés a marqués supprimés depuis la dernière exécution, chacun une fois.</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceSettingsDialog</name>
    <message>
        <source>%1 to %2 days; %3 unless changed</source>
        <translation>de %1 à %2 jours ; %3 par défaut</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceWrite</name>
    <message>
        <source>Waiting for the import or run that is writing to the workspace; your change is saved as soon as it finishes.</source>
        <translation>En attente de l’import ou de l’exécution qui écrit dans l’espace de travail ; votre modification sera enregistrée dès qu’il sera terminé.</translation>
    </message>
</context>
</TS>
