<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Writeback Studio</source>
        <translation>Over Writeback Studio</translation>
    </message>
    <message>
        <source>Writeback Studio</source>
        <translation>Writeback Studio</translation>
    </message>
    <message>
        <source>Connects to your engagement platforms over SFTP, takes in their e-mail and SMS writeback files and exports them.</source>
        <translation>Maakt via SFTP verbinding met uw engagementplatforms, haalt hun writebackbestanden voor e-mail en sms op en exporteert ze.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>libssh2:</source>
        <translation>libssh2:</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting:</source>
        <translation>KSyntaxHighlighting:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Systeem:</translation>
    </message>
    <message>
        <source>File previews are highlighted with KDE&apos;s KSyntaxHighlighting framework.</source>
        <translation>Bestandsvoorbeelden krijgen syntaxiskleuring via het KSyntaxHighlighting-framework van KDE.</translation>
    </message>
    <message>
        <source>Writeback Studio is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Writeback Studio is vrije software: u mag het verspreiden en/of wijzigen onder de voorwaarden van de GNU General Public License, versie 3 of (naar uw keuze) een latere versie (GPL-3.0-or-later). Er wordt geen enkele garantie gegeven.</translation>
    </message>
</context>
<context>
    <name>ConnectionDoctor</name>
    <message>
        <source>Resolve the domain</source>
        <translation>Domeinnaam opzoeken</translation>
    </message>
    <message>
        <source>Check the domain for typos. Try `nslookup &lt;domain&gt;` on this computer; a company DNS or VPN may hide it.</source>
        <translation>Controleer het domein op typefouten. Probeer `nslookup &lt;domain&gt;` op deze computer; een bedrijfs-DNS of VPN kan het verbergen.</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Verbinden (TCP)</translation>
    </message>
    <message>
        <source>Check the port, and whether a firewall on either side blocks it. Many platforms only accept listed IP addresses: send them this computer&apos;s public address.</source>
        <translation>Controleer de poort en of een firewall aan een van beide kanten deze blokkeert. Veel platforms accepteren alleen IP-adressen die bij hen zijn geregistreerd: geef ze het openbare adres van deze computer door.</translation>
    </message>
    <message>
        <source>SSH banner and server version</source>
        <translation>SSH-banner en serverversie</translation>
    </message>
    <message>
        <source>Something answered on the port but did not complete an SSH handshake: a wrong port (FTP, HTTPS), a proxy, or a server that only offers outdated algorithms.</source>
        <translation>Er antwoordde iets op de poort, maar zonder een SSH-handshake te voltooien: een verkeerde poort (FTP, HTTPS), een proxy of een server die alleen verouderde algoritmen aanbiedt.</translation>
    </message>
    <message>
        <source>Key exchange and host key</source>
        <translation>Sleuteluitwisseling en hostsleutel</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the platform publishes. Trust it only when they match; a changed key must be confirmed by the platform before the old one is removed.</source>
        <translation>Vergelijk de vingerafdruk met die welke het platform publiceert. Vertrouw de sleutel alleen als ze overeenkomen; een gewijzigde sleutel moet door het platform worden bevestigd voordat de oude wordt verwijderd.</translation>
    </message>
    <message>
        <source>Login methods offered</source>
        <translation>Aangeboden aanmeldmethoden</translation>
    </message>
    <message>
        <source>The server must offer &quot;publickey&quot; for this user. On OpenSSH: PubkeyAuthentication yes in sshd_config.</source>
        <translation>De server moet &quot;publickey&quot; aanbieden voor deze gebruiker. Bij OpenSSH: PubkeyAuthentication yes in sshd_config.</translation>
    </message>
    <message>
        <source>Log in with the private key</source>
        <translation>Aanmelden met de privésleutel</translation>
    </message>
    <message>
        <source>On the server, the public key must be in the user&apos;s authorized_keys, with strict permissions. The server&apos;s log (e.g. journalctl -u ssh, /var/log/auth.log) says why a key was refused.</source>
        <translation>Op de server moet de openbare sleutel in de authorized_keys van de gebruiker staan, met strikte rechten. Het logboek van de server (bijv. journalctl -u ssh, /var/log/auth.log) vermeldt waarom een sleutel is geweigerd.</translation>
    </message>
    <message>
        <source>Start SFTP</source>
        <translation>SFTP starten</translation>
    </message>
    <message>
        <source>The account must be allowed the sftp subsystem (Subsystem sftp internal-sftp, or ForceCommand internal-sftp).</source>
        <translation>Het account moet het sftp-subsysteem mogen gebruiken (Subsystem sftp internal-sftp, of ForceCommand internal-sftp).</translation>
    </message>
    <message>
        <source>Read path exists and can be listed</source>
        <translation>Leesmap bestaat en kan worden weergegeven</translation>
    </message>
    <message>
        <source>Check the read path with the platform (e.g. &quot;incoming&quot; or &quot;/outgoing/writebacks&quot;); relative paths start at the login folder.</source>
        <translation>Controleer de leesmap bij het platform (bijv. &quot;incoming&quot; of &quot;/outgoing/writebacks&quot;); relatieve paden beginnen in de aanmeldmap.</translation>
    </message>
    <message>
        <source>Write path is writable</source>
        <translation>Schrijfmap is beschrijfbaar</translation>
    </message>
    <message>
        <source>The user needs permission to create, rename and remove files in the write path.</source>
        <translation>De gebruiker moet bestanden in de schrijfmap mogen aanmaken, hernoemen en verwijderen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n bestand in %1</numerusform>
            <numerusform>%n bestanden in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Enter the SFTP details the platform gave you. Nothing is saved until you click Save.</source>
        <translation>Voer de SFTP-gegevens in die u van het platform hebt gekregen. Er wordt niets opgeslagen totdat u op Opslaan klikt.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>e.g. fullmeasure-prod</source>
        <translation>bijv. fullmeasure-prod</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>sftp.example.com</source>
        <translation>sftp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>the SFTP account name</source>
        <translation>de naam van het SFTP-account</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privé&amp;sleutel:</translation>
    </message>
    <message>
        <source>path to the private key file</source>
        <translation>pad naar het privésleutelbestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Remember passphrase in the system keychain</source>
        <translation>Wachtwoordzin ont&amp;houden in de systeemsleutelhanger</translation>
    </message>
    <message>
        <source>Folders on the server</source>
        <translation>Mappen op de server</translation>
    </message>
    <message>
        <source>&amp;Read path:</source>
        <translation>&amp;Leesmap:</translation>
    </message>
    <message>
        <source>e.g. incoming</source>
        <translation>bijv. incoming</translation>
    </message>
    <message>
        <source>&amp;Write path:</source>
        <translation>S&amp;chrijfmap:</translation>
    </message>
    <message>
        <source>optional, e.g. outgoing</source>
        <translation>optioneel, bijv. outgoing</translation>
    </message>
    <message>
        <source>Relative paths start in the account&apos;s login folder.</source>
        <translation>Relatieve paden beginnen in de aanmeldmap van het account.</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindingstest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a tab</source>
        <translation>een tab</translation>
    </message>
    <message>
        <source>The sample is empty.</source>
        <translation>De steekproef is leeg.</translation>
    </message>
    <message>
        <source>The first row has a number or date in column %1 (“%2”): no header.</source>
        <translation>De eerste rij bevat een getal of datum in kolom %1 (“%2”): geen kopregel.</translation>
    </message>
    <message>
        <source>Only one row in the sample: taken as a header.</source>
        <translation>Slechts één rij in de steekproef: beschouwd als kopregel.</translation>
    </message>
    <message>
        <source>The first row has an empty value: no header.</source>
        <translation>De eerste rij bevat een lege waarde: geen kopregel.</translation>
    </message>
    <message>
        <source>The first row repeats “%1”: no header.</source>
        <translation>De eerste rij bevat “%1” meer dan eens: geen kopregel.</translation>
    </message>
    <message>
        <source>The first row is text like the rest: taken as a header.</source>
        <translation>De eerste rij is tekst, net als de rest: beschouwd als kopregel.</translation>
    </message>
    <message>
        <source>Column %1 holds numbers or dates under the text “%2”: a header.</source>
        <translation>Kolom %1 bevat getallen of datums onder de tekst “%2”: een kopregel.</translation>
    </message>
    <message>
        <source>Column %1 holds e-mail addresses under “%2”: a header.</source>
        <translation>Kolom %1 bevat e-mailadressen onder “%2”: een kopregel.</translation>
    </message>
    <message>
        <source>“%1” in the first row comes back in column %2 below: no header.</source>
        <translation>“%1” uit de eerste rij komt verderop terug in kolom %2: geen kopregel.</translation>
    </message>
    <message>
        <source>Column %1 has values of one length, unlike “%2”: a header.</source>
        <translation>De waarden in kolom %1 hebben allemaal dezelfde lengte, anders dan “%2”: een kopregel.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote: expected the delimiter (%1) or the end of the line</source>
        <translation>onverwachte tekst na een afsluitend aanhalingsteken: verwacht werd het scheidingsteken (%1) of het einde van de regel</translation>
    </message>
    <message>
        <source>quote inside an unquoted field: expected the delimiter (%1) or the end of the line; a field holding quotes must be quoted whole, with each quote doubled</source>
        <translation>aanhalingsteken in een veld zonder aanhalingstekens: verwacht werd het scheidingsteken (%1) of het einde van de regel; een veld met aanhalingstekens moet in zijn geheel tussen aanhalingstekens staan, met elk aanhalingsteken verdubbeld</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 velden verwacht zoals in de kopregel, %2 gevonden</translation>
    </message>
    <message>
        <source>expected %1 fields as in the first row, found %2</source>
        <translation>%1 velden verwacht zoals in de eerste rij, %2 gevonden</translation>
    </message>
    <message>
        <source>row too long (over %1 MiB), the file may not be CSV</source>
        <translation>rij te lang (meer dan %1 MiB), het bestand is mogelijk geen CSV</translation>
    </message>
    <message>
        <source>row too long (over %1 bytes), the file may not be CSV</source>
        <translation>rij te lang (meer dan %1 bytes), het bestand is mogelijk geen CSV</translation>
    </message>
    <message>
        <source>NUL byte at byte %1: this is a binary file, or UTF-16 text without a byte-order mark</source>
        <translation>NUL-byte op byte %1: dit is een binair bestand, of UTF-16-tekst zonder bytevolgordemarkering</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 (0x%2): the file may be Windows-1252; choose that encoding</source>
        <translation>ongeldige UTF-8 op byte %1 (0x%2): het bestand is mogelijk Windows-1252; kies die codering</translation>
    </message>
    <message>
        <source>unterminated quoted field (opened at line %1, column %2)</source>
        <translation>niet-afgesloten veld tussen aanhalingstekens (geopend op regel %1, kolom %2)</translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>gescheiden door puntkomma&apos;s</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>gescheiden door tabs</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>gescheiden door verticale strepen</translation>
    </message>
    <message>
        <source>separated by &apos;%1&apos;</source>
        <translation>gescheiden door &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: use UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1</source>
        <translation>onbekende codering &quot;%1&quot;: gebruik UTF-8, UTF-16LE, UTF-16BE, Windows-1252 of ISO-8859-1</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Kan geen tijdelijke map aanmaken: %1</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a yes/no value (t/f, true/false, y/n, yes/no, 1/0)</source>
        <translation>een ja/nee-waarde (t/f, true/false, y/n, yes/no, 1/0)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Preview and import</source>
        <translation>Voorbeeld en importeren</translation>
    </message>
    <message>
        <source>Check how the file is read before taking it in: change what was guessed wrong and the preview follows.</source>
        <translation>Controleer hoe het bestand wordt gelezen voordat u het ophaalt: pas aan wat verkeerd is geraden, en het voorbeeld past zich aan.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <source>The dataset the rows go into; files named alike can join it later</source>
        <translation>De dataset waarin de rijen terechtkomen; bestanden met een vergelijkbare naam kunnen er later bij komen</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Aanhalingsteken:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Eerste rij is een &amp;kopregel</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>“%1” is damaged or cut short: the key data inside it does not hold together. Copy the key file again, without changes.</source>
        <translation>“%1” is beschadigd of afgekapt: de sleutelgegevens erin kloppen niet. Kopieer het sleutelbestand opnieuw, zonder wijzigingen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the text between its BEGIN and END lines is not valid base64. Copy the key file again, without changes.</source>
        <translation>“%1” is beschadigd: de tekst tussen de regels BEGIN en END is geen geldige base64. Kopieer het sleutelbestand opnieuw, zonder wijzigingen.</translation>
    </message>
    <message>
        <source>“%1” is the public key. The private key belongs here: choose the matching file without .pub, “%2”.</source>
        <translation>“%1” is de openbare sleutel. Hier hoort de privésleutel: kies het bijbehorende bestand zonder .pub, “%2”.</translation>
    </message>
    <message>
        <source>“%1” is a public key, not a private key. Choose the matching private key file; it usually has the same name without .pub.</source>
        <translation>“%1” is een openbare sleutel, geen privésleutel. Kies het bijbehorende privésleutelbestand; dat heeft meestal dezelfde naam zonder .pub.</translation>
    </message>
    <message>
        <source>“%1” holds %2 keys; only files with a single key can be used.</source>
        <translation>“%1” bevat %2 sleutels; alleen bestanden met één sleutel kunnen worden gebruikt.</translation>
    </message>
    <message>
        <source>“%1” holds an X.509 certificate, not an SSH private key. Choose the private key file instead.</source>
        <translation>“%1” bevat een X.509-certificaat, geen SSH-privésleutel. Kies in plaats daarvan het privésleutelbestand.</translation>
    </message>
    <message>
        <source>“%1” is a PGP key, not an SSH key. Choose an SSH private key, or make one with ssh-keygen -t ed25519.</source>
        <translation>“%1” is een PGP-sleutel, geen SSH-sleutel. Kies een SSH-privésleutel of maak er een aan met ssh-keygen -t ed25519.</translation>
    </message>
    <message>
        <source>“%1” holds a “%2” block, which is not a private key format this app can use.</source>
        <translation>“%1” bevat een “%2”-blok; dat is geen privésleutelformaat dat deze app kan gebruiken.</translation>
    </message>
    <message>
        <source>“%1” was saved as UTF-16 text. Save it again as plain text (UTF-8 or ASCII).</source>
        <translation>“%1” is opgeslagen als UTF-16-tekst. Sla het opnieuw op als platte tekst (UTF-8 of ASCII).</translation>
    </message>
    <message>
        <source>“%1” is a binary (DER) key. Convert it to PEM text first, for example with: openssl pkey -inform DER -in &quot;%1&quot; -out key.pem</source>
        <translation>“%1” is een binaire (DER-)sleutel. Zet deze eerst om naar PEM-tekst, bijvoorbeeld met: openssl pkey -inform DER -in &quot;%1&quot; -out key.pem</translation>
    </message>
    <message>
        <source>“%1” is not a key file: it holds binary data, not text.</source>
        <translation>“%1” is geen sleutelbestand: het bevat binaire gegevens, geen tekst.</translation>
    </message>
    <message>
        <source>“%1” is an SSH certificate, not a private key. Choose the private key it was issued for: the file without -cert.pub.</source>
        <translation>“%1” is een SSH-certificaat, geen privésleutel. Kies de privésleutel waarvoor het is uitgegeven: het bestand zonder -cert.pub.</translation>
    </message>
    <message>
        <source>“%1” is an ssh.com (SSH2) private key, which this app cannot read. Convert it with PuTTYgen: puttygen &quot;%1&quot; -O private-openssh-new -o key</source>
        <translation>“%1” is een ssh.com-privésleutel (SSH2), die deze app niet kan lezen. Zet deze om met PuTTYgen: puttygen &quot;%1&quot; -O private-openssh-new -o key</translation>
    </message>
    <message>
        <source>“%1” is cut short: its “%2” line is missing. Copy the whole key file again.</source>
        <translation>“%1” is afgekapt: de regel “%2” ontbreekt. Kopieer het volledige sleutelbestand opnieuw.</translation>
    </message>
    <message>
        <source>“%1” is not a private key this app recognises. Expected an OpenSSH, PEM or PuTTY (.ppk) private key.</source>
        <translation>“%1” is geen privésleutel die deze app herkent. Verwacht werd een OpenSSH-, PEM- of PuTTY-privésleutel (.ppk).</translation>
    </message>
    <message>
        <source>“%1” is a DSA key. OpenSSH no longer accepts DSA keys, so it cannot log in. Make an ed25519 key instead (ssh-keygen -t ed25519) and add its public key to the server.</source>
        <translation>“%1” is een DSA-sleutel. OpenSSH accepteert geen DSA-sleutels meer, dus hiermee kunt u zich niet aanmelden. Maak in plaats daarvan een ed25519-sleutel aan (ssh-keygen -t ed25519) en voeg de openbare sleutel ervan toe aan de server.</translation>
    </message>
    <message>
        <source>“%1” belongs to a hardware security key (FIDO), which this app cannot use. Make an ordinary ed25519 key instead (ssh-keygen -t ed25519).</source>
        <translation>“%1” hoort bij een hardwarebeveiligingssleutel (FIDO), die deze app niet kan gebruiken. Maak in plaats daarvan een gewone ed25519-sleutel aan (ssh-keygen -t ed25519).</translation>
    </message>
    <message>
        <source>“%1” is a %2 key, which this app cannot use. Make an ed25519 key instead (ssh-keygen -t ed25519).</source>
        <translation>“%1” is een sleutel van het type %2, die deze app niet kan gebruiken. Maak in plaats daarvan een ed25519-sleutel aan (ssh-keygen -t ed25519).</translation>
    </message>
    <message>
        <source>The key file “%1” does not exist.</source>
        <translation>Het sleutelbestand “%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a key file.</source>
        <translation>“%1” is een map, geen sleutelbestand.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a private key file.</source>
        <translation>“%1” is te groot voor een privésleutelbestand.</translation>
    </message>
    <message>
        <source>Cannot read the key file “%1”: %2</source>
        <translation>Kan het sleutelbestand “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>De sleutel</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is leeg.</translation>
    </message>
    <message>
        <source>OpenSSH private key</source>
        <translation>OpenSSH-privésleutel</translation>
    </message>
    <message>
        <source>PEM RSA private key</source>
        <translation>PEM-RSA-privésleutel</translation>
    </message>
    <message>
        <source>PEM EC private key</source>
        <translation>PEM-EC-privésleutel</translation>
    </message>
    <message>
        <source>PEM DSA private key</source>
        <translation>PEM-DSA-privésleutel</translation>
    </message>
    <message>
        <source>PKCS #8 private key</source>
        <translation>PKCS #8-privésleutel</translation>
    </message>
    <message>
        <source>Encrypted PKCS #8 private key</source>
        <translation>Versleutelde PKCS #8-privésleutel</translation>
    </message>
    <message>
        <source>PuTTY key (version %1)</source>
        <translation>PuTTY-sleutel (versie %1)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Openbare sleutel</translation>
    </message>
    <message>
        <source>Unknown key format</source>
        <translation>Onbekend sleutelformaat</translation>
    </message>
    <message>
        <source>“%1” is a damaged or incomplete PuTTY key file. Save the key again from PuTTYgen.</source>
        <translation>“%1” is een beschadigd of onvolledig PuTTY-sleutelbestand. Sla de sleutel opnieuw op vanuit PuTTYgen.</translation>
    </message>
    <message>
        <source>“%1” is a PuTTY key in a format version this app cannot read. In PuTTYgen, load it and choose Conversions &gt; Export OpenSSH key (force new file format).</source>
        <translation>“%1” is een PuTTY-sleutel in een formaatversie die deze app niet kan lezen. Laad de sleutel in PuTTYgen en kies Conversions &gt; Export OpenSSH key (force new file format).</translation>
    </message>
    <message>
        <source>“%1” is a passphrase-protected PuTTY key, which this app cannot read directly. Convert it to an OpenSSH key: in PuTTYgen choose Load, then Conversions &gt; Export OpenSSH key (force new file format); or run puttygen &quot;%1&quot; -O private-openssh-new -o &quot;%2&quot;. The converted key can keep the same passphrase.</source>
        <translation>“%1” is een met een wachtwoordzin beveiligde PuTTY-sleutel, die deze app niet rechtstreeks kan lezen. Zet deze om naar een OpenSSH-sleutel: kies in PuTTYgen Load en daarna Conversions &gt; Export OpenSSH key (force new file format), of voer puttygen &quot;%1&quot; -O private-openssh-new -o &quot;%2&quot; uit. De omgezette sleutel kan dezelfde wachtwoordzin behouden.</translation>
    </message>
    <message>
        <source>“%1” is corrupt or has been edited: its PuTTY integrity check (Private-MAC) does not match. Save the key again from PuTTYgen.</source>
        <translation>“%1” is beschadigd of bewerkt: de PuTTY-integriteitscontrole (Private-MAC) klopt niet. Sla de sleutel opnieuw op vanuit PuTTYgen.</translation>
    </message>
</context>
<context>
    <name>Sqlite</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
</context>
<context>
    <name>TrustHostKeyDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Deze server vertrouwen?</translation>
    </message>
    <message>
        <source>Is this the platform&apos;s server?</source>
        <translation>Is dit de server van het platform?</translation>
    </message>
    <message>
        <source>Writeback Studio has not connected to this server before. Before your login is sent, make sure it really is the platform&apos;s server: compare the fingerprint below with the one the platform gave you (in its SFTP set-up instructions, or ask its support).</source>
        <translation>Writeback Studio heeft nog niet eerder verbinding gemaakt met deze server. Controleer voordat uw aanmeldgegevens worden verzonden of dit echt de server van het platform is: vergelijk de onderstaande vingerafdruk met die u van het platform hebt gekregen (in de SFTP-instructies van het platform, of vraag ernaar bij de support).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Sleuteltype:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>Trust it only if every character matches. The key is then pinned, and if the server ever presents a different one, Writeback Studio refuses to connect until you have checked why.</source>
        <translation>Vertrouw de sleutel alleen als elk teken overeenkomt. De sleutel wordt dan vastgelegd, en als de server ooit een andere sleutel presenteert, weigert Writeback Studio verbinding te maken totdat u hebt nagegaan waarom.</translation>
    </message>
    <message>
        <source>Pinned keys are kept in:</source>
        <translation>Vastgelegde sleutels worden bewaard in:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Onbekende optie %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (see: writeback-cli connection list).</source>
        <translation>Er is geen verbinding met de naam &quot;%1&quot; (zie: writeback-cli connection list).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Wachtwoordzin voor %1: </translation>
    </message>
    <message>
        <source>To trust it: writeback-cli connection trust %1</source>
        <translation>Om deze te vertrouwen: writeback-cli connection trust %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp weergeven.</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Onjuist aantal argumenten.</translation>
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
        <translation>Gebruik: writeback-cli [--workspace FILE] COMMAND [ARGS]

Opdrachten:
  connection add|list|remove|trust|test   SFTP-verbindingen beheren; test voert de diagnose uit
  ls NAME [PATH]                          een externe map weergeven
  get NAME REMOTE LOCAL                   een bestand downloaden
  put NAME LOCAL REMOTE                   een bestand uploaden
  import FILE... [--as DATASET]           lokale bestanden ophalen
  fetch NAME                              de nieuwe bestanden uit de leesmap van een verbinding ophalen
  datasets                                datasets weergeven met kolommen, typen en aantallen rijen
  files                                   opgehaalde bestanden weergeven, en mislukte met de reden

Elke opdracht accepteert --help. Afsluitcodes: 0 ok, 1 de bewerking is mislukt, 2 gebruiksfout.
De standaardwerkruimte is %1
</translation>
    </message>
    <message>
        <source>--workspace needs a file.</source>
        <translation>--workspace verwacht een bestand.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to your platforms&apos; SFTP servers, take in their writeback files and export them.</source>
        <translation>Maak verbinding met de SFTP-servers van uw platforms, haal hun writebackbestanden op en exporteer ze.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (default: %1).</source>
        <translation>De werkruimte BESTAND openen (standaard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Open a demo workspace with example connections (%1).</source>
        <translation>Een demowerkruimte met voorbeeldverbindingen openen (%1).</translation>
    </message>
    <message>
        <source>Render every page and dialog to PNG files in DIR, then exit.</source>
        <translation>Elke pagina en elk dialoogvenster als PNG-bestand in MAP renderen en daarna afsluiten.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>De werkruimte kan niet worden geopend: %1</translation>
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
        <translation>Kan de controle van hostsleutels niet instellen (onvoldoende geheugen).</translation>
    </message>
    <message>
        <source>The known-hosts file %1 cannot be read (libssh2 %2). Fix or remove it; every server will then be asked to be trusted again.</source>
        <translation>Het known_hosts-bestand %1 kan niet worden gelezen (libssh2 %2). Herstel of verwijder het; daarna moet u elke server opnieuw vertrouwen.</translation>
    </message>
    <message>
        <source>Could not write the known-hosts file %1: %2</source>
        <translation>Kan het known_hosts-bestand %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The server now presents %1, not the %2 you were shown. Nothing was trusted; check with the platform.</source>
        <translation>De server presenteert nu %1 in plaats van de getoonde %2. Er is niets vertrouwd; overleg met het platform.</translation>
    </message>
    <message>
        <source>%1 has the columns of several formats (%2) and its name does not tell which: choose one with &quot;Import as&quot; (CLI: --as DATASET).</source>
        <translation>%1 heeft de kolommen van meerdere formaten (%2) en de naam maakt niet duidelijk welk: kies er een met &quot;Importeren als&quot; (CLI: --as DATASET).</translation>
    </message>
    <message>
        <source>%1: the header matches no known format (it has: %2). Import it as a generic CSV dataset with a name of your choice (CLI: --as NAME).</source>
        <translation>%1: de kopregel komt met geen enkel bekend formaat overeen (deze bevat: %2). Importeer het als generieke CSV-dataset met een naam naar keuze (CLI: --as NAME).</translation>
    </message>
    <message>
        <source>%1 is not a %2 file: it lacks the column(s) %3.</source>
        <translation>%1 is geen %2-bestand: de kolom(men) %3 ontbreken.</translation>
    </message>
    <message>
        <source>an outreach message without an id (outreachId, id, or in its outreachProperties)</source>
        <translation>een outreachbericht zonder id (outreachId, id, of in de outreachProperties ervan)</translation>
    </message>
    <message>
        <source>expected outreach message objects in the array</source>
        <translation>outreachberichtobjecten verwacht in de array</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ongeldige JSON: %1</translation>
    </message>
</context>
<context>
    <name>wb::Catalog</name>
    <message>
        <source>&quot;%1&quot; is not a valid dataset name: use lower-case letters, digits and single &apos;_&apos;, optionally as vendor.kind.</source>
        <translation>&quot;%1&quot; is geen geldige datasetnaam: gebruik kleine letters, cijfers en losse &apos;_&apos;, eventueel als leverancier.soort.</translation>
    </message>
</context>
<context>
    <name>wb::Connection</name>
    <message>
        <source>The name must start with a letter or digit and hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>De naam moet met een letter of cijfer beginnen en mag alleen letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos; bevatten (maximaal 64 tekens).</translation>
    </message>
    <message>
        <source>The domain (host name) is empty.</source>
        <translation>Het domein (hostnaam) is leeg.</translation>
    </message>
    <message>
        <source>The domain must be a host name or address only, without spaces, &apos;/&apos; or &apos;@&apos;.</source>
        <translation>Het domein mag alleen een hostnaam of adres zijn, zonder spaties, &apos;/&apos; of &apos;@&apos;.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>De poort moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>De gebruikersnaam is leeg.</translation>
    </message>
    <message>
        <source>No private key file is chosen.</source>
        <translation>Er is geen privésleutelbestand gekozen.</translation>
    </message>
</context>
<context>
    <name>wb::ConnectionDoctor</name>
    <message>
        <source>Not run: an earlier step failed.</source>
        <translation>Niet uitgevoerd: een eerdere stap is mislukt.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Verbonden met %1, poort %2</translation>
    </message>
    <message>
        <source>%1 %2; %3</source>
        <translation>%1 %2; %3</translation>
    </message>
    <message>
        <source>matches the pinned key</source>
        <translation>komt overeen met de vastgelegde sleutel</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>De server biedt aan: %1</translation>
    </message>
    <message>
        <source>Key login (publickey) is not among them.</source>
        <translation>Aanmelden met een sleutel (publickey) hoort daar niet bij.</translation>
    </message>
    <message>
        <source>Logged in as %1 with %2</source>
        <translation>Aangemeld als %1 met %2</translation>
    </message>
    <message>
        <source>SFTP is available</source>
        <translation>SFTP is beschikbaar</translation>
    </message>
    <message>
        <source>No read path is set.</source>
        <translation>Er is geen leesmap ingesteld.</translation>
    </message>
    <message>
        <source>newest: %1 (%2, %3)</source>
        <translation>nieuwste: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No write path is set.</source>
        <translation>Er is geen schrijfmap ingesteld.</translation>
    </message>
    <message>
        <source>Created, renamed and removed a probe file in %1</source>
        <translation>Een testbestand aangemaakt, hernoemd en verwijderd in %1</translation>
    </message>
</context>
<context>
    <name>wb::ConnectionStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een verbinding met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not save the connection: %1</source>
        <translation>Kan de verbinding niet opslaan: %1</translation>
    </message>
    <message>
        <source>Could not remove the connection: %1</source>
        <translation>Kan de verbinding niet verwijderen: %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Er is geen verbinding met de naam &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>wb::DatasetWriter</name>
    <message>
        <source>column %1 (%2): &quot;%3&quot; is not %4</source>
        <translation>kolom %1 (%2): &quot;%3&quot; is ongeldig (verwacht: %4)</translation>
    </message>
    <message>
        <source>the workspace refused the row: %1</source>
        <translation>de werkruimte heeft de rij geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>wb::DoctorReport</name>
    <message>
        <source>Connection doctor: %1 (%2), %3
</source>
        <translation>Verbindingsdiagnose: %1 (%2), %3
</translation>
    </message>
    <message>
        <source>Key: %1; read path: %2; write path: %3

</source>
        <translation>Sleutel: %1; leesmap: %2; schrijfmap: %3

</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Advies: %1</translation>
    </message>
    <message>
        <source>
Result: the connection works.
</source>
        <translation>
Resultaat: de verbinding werkt.
</translation>
    </message>
    <message>
        <source>
Result: the connection does not work.
</source>
        <translation>
Resultaat: de verbinding werkt niet.
</translation>
    </message>
</context>
<context>
    <name>wb::Importer</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>cannot read the file to check it against the files taken in</source>
        <translation>kan het bestand niet lezen om het te vergelijken met de opgehaalde bestanden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 velden verwacht zoals in de kopregel, %2 gevonden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>wb::KnownHosts</name>
    <message>
        <source>The host key could not be checked against %1.</source>
        <translation>De hostsleutel kon niet worden gecontroleerd aan de hand van %1.</translation>
    </message>
    <message>
        <source>Could not add the host key (libssh2 %1).</source>
        <translation>Kan de hostsleutel niet toevoegen (libssh2 %1).</translation>
    </message>
    <message>
        <source>A different key is already pinned for this server: it is not replaced here. Remove the old entry from %1 once the platform has confirmed the change.</source>
        <translation>Voor deze server is al een andere sleutel vastgelegd: die wordt hier niet vervangen. Verwijder de oude vermelding uit %1 zodra het platform de wijziging heeft bevestigd.</translation>
    </message>
</context>
<context>
    <name>wb::Secrets</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>De systeemsleutelhanger reageerde niet.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (%1).</source>
        <translation>Er draait geen sleutelhangerservice op deze computer (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1).</source>
        <translation>Toegang tot de sleutelhanger is geweigerd (%1).</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (there is no D-Bus session).</source>
        <translation>Er draait geen sleutelhangerservice op deze computer (er is geen D-Bus-sessie).</translation>
    </message>
</context>
<context>
    <name>wb::SftpSession</name>
    <message>
        <source>The connection to %1 was lost while %2. Try again; if it keeps happening, the server or a firewall is closing the connection.</source>
        <translation>De verbinding met %1 is verbroken tijdens %2. Probeer het opnieuw; als dit blijft gebeuren, sluit de server of een firewall de verbinding.</translation>
    </message>
    <message>
        <source>%1 stopped answering while %2.</source>
        <translation>%1 reageerde niet meer tijdens %2.</translation>
    </message>
    <message>
        <source>%1 on port %2 did not answer as an SSH server: check the port.</source>
        <translation>%1 op poort %2 antwoordde niet als SSH-server: controleer de poort.</translation>
    </message>
    <message>
        <source>The server and this computer share no encryption method (%1). The server may only offer algorithms that are no longer safe.</source>
        <translation>De server en deze computer hebben geen versleutelingsmethode gemeen (%1). Mogelijk biedt de server alleen algoritmen aan die niet meer veilig zijn.</translation>
    </message>
    <message>
        <source>Failed while %1: %2</source>
        <translation>Mislukt tijdens %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on the server (while %2). Check the path with the platform; paths are relative to the login folder unless they start with &apos;/&apos;.</source>
        <translation>%1 bestaat niet op de server (tijdens %2). Controleer het pad bij het platform; paden zijn relatief ten opzichte van de aanmeldmap, tenzij ze met &apos;/&apos; beginnen.</translation>
    </message>
    <message>
        <source>The server does not allow %1 to access %2 (while %3). Ask the platform to grant this user access to that folder.</source>
        <translation>De server staat %1 geen toegang toe tot %2 (tijdens %3). Vraag het platform deze gebruiker toegang tot die map te geven.</translation>
    </message>
    <message>
        <source>%1 already exists on the server.</source>
        <translation>%1 bestaat al op de server.</translation>
    </message>
    <message>
        <source>The server has no space left for %1 (while %2).</source>
        <translation>De server heeft geen ruimte meer voor %1 (tijdens %2).</translation>
    </message>
    <message>
        <source>The server refused %1 on %2 (SFTP status %3).</source>
        <translation>De server weigerde %1 voor %2 (SFTP-status %3).</translation>
    </message>
    <message>
        <source>Could not start an SSH session (out of memory).</source>
        <translation>Kan geen SSH-sessie starten (onvoldoende geheugen).</translation>
    </message>
    <message>
        <source>setting up the SSH session</source>
        <translation>het opzetten van de SSH-sessie</translation>
    </message>
    <message>
        <source>The server&apos;s host key has CHANGED since it was trusted (it now presents %1 %2). Either the server was reinstalled, or someone is intercepting the connection. Ask the platform&apos;s support to confirm the new fingerprint before you remove the old key from %3.</source>
        <translation>De hostsleutel van de server is GEWIJZIGD sinds deze werd vertrouwd (de server presenteert nu %1 %2). Ofwel is de server opnieuw geïnstalleerd, ofwel onderschept iemand de verbinding. Vraag de support van het platform de nieuwe vingerafdruk te bevestigen voordat u de oude sleutel uit %3 verwijdert.</translation>
    </message>
    <message>
        <source>This server is not trusted yet. It presents the %1 key %2: compare it with the fingerprint the platform gave you, then trust it.</source>
        <translation>Deze server wordt nog niet vertrouwd. Hij presenteert de %1-sleutel %2: vergelijk deze met de vingerafdruk die u van het platform hebt gekregen en vertrouw de sleutel daarna.</translation>
    </message>
    <message>
        <source>asking which login methods the server offers</source>
        <translation>het opvragen van de aanmeldmethoden die de server aanbiedt</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase: enter it.</source>
        <translation>De sleutel %1 is beveiligd met een wachtwoordzin: voer deze in.</translation>
    </message>
    <message>
        <source>The server does not accept keys for %1; it offers only: %2. Ask the platform to enable key login for this user.</source>
        <translation>De server accepteert geen sleutels voor %1; hij biedt alleen aan: %2. Vraag het platform aanmelden met een sleutel in te schakelen voor deze gebruiker.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>De wachtwoordzin voor %1 is onjuist.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be used to sign the login.</source>
        <translation>%1 (%2) kon niet worden gebruikt om de aanmelding te ondertekenen.</translation>
    </message>
    <message>
        <source>The server refused the key %1 for user %2. Check the username, and that the matching public key is installed for that user on the server (the platform&apos;s support can do this).</source>
        <translation>De server heeft de sleutel %1 voor gebruiker %2 geweigerd. Controleer de gebruikersnaam en of de bijbehorende openbare sleutel voor die gebruiker op de server is geïnstalleerd (de support van het platform kan dit doen).</translation>
    </message>
    <message>
        <source>logging in with the key</source>
        <translation>het aanmelden met de sleutel</translation>
    </message>
    <message>
        <source>starting SFTP</source>
        <translation>het starten van SFTP</translation>
    </message>
    <message>
        <source>The login worked, but the server offers no SFTP service to %1 (%2). The account may be limited to another protocol.</source>
        <translation>Het aanmelden is gelukt, maar de server biedt geen SFTP-service aan %1 (%2). Mogelijk is het account beperkt tot een ander protocol.</translation>
    </message>
    <message>
        <source>listing the folder</source>
        <translation>het ophalen van de mapinhoud</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>het opzoeken</translation>
    </message>
    <message>
        <source>opening the file to download</source>
        <translation>het openen van het te downloaden bestand</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>het downloaden</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>creating the upload file</source>
        <translation>het aanmaken van het uploadbestand</translation>
    </message>
    <message>
        <source>Cannot read the file to upload: %1</source>
        <translation>Kan het te uploaden bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>het uploaden</translation>
    </message>
    <message>
        <source>finishing the upload</source>
        <translation>het afronden van de upload</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 after the upload, not %3.</source>
        <translation>Na het uploaden bevat de server %1 bytes van %2 in plaats van %3.</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>het hernoemen van %1</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>het verwijderen</translation>
    </message>
    <message>
        <source>creating the folder</source>
        <translation>het aanmaken van de map</translation>
    </message>
    <message>
        <source>removing the folder</source>
        <translation>het verwijderen van de map</translation>
    </message>
    <message>
        <source>The server now presents a %1 key (%2), but a key of another type is pinned for it. Ask the platform&apos;s support to confirm the new fingerprint before you remove the old key from %3.</source>
        <translation>De server presenteert nu een %1-sleutel (%2), maar er is voor deze server een sleutel van een ander type vastgelegd. Vraag de support van het platform de nieuwe vingerafdruk te bevestigen voordat u de oude sleutel uit %3 verwijdert.</translation>
    </message>
    <message>
        <source>%1 changed while it was being downloaded (%2 bytes listed, %3 read): it may still be being written. It will be taken on the next try.</source>
        <translation>%1 is gewijzigd tijdens het downloaden (%2 bytes vermeld, %3 gelezen): mogelijk wordt het nog geschreven. Het wordt bij de volgende poging opgehaald.</translation>
    </message>
</context>
<context>
    <name>wb::Workspace</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Kan de werkruimte %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Writeback Studio workspace: %2</source>
        <translation>%1 is geen Writeback Studio-werkruimte: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Writeback Studio (schema %2; this version knows up to %3). Update the app.</source>
        <translation>De werkruimte %1 is geschreven door een nieuwere versie van Writeback Studio (schema %2; deze versie kent schema&apos;s tot en met %3). Werk de app bij.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>Het bijwerken van de werkruimte naar schema %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another program: %2</source>
        <translation>De werkruimte %1 is vergrendeld door een ander programma: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Kan de schemaversie van %1 niet lezen.</translation>
    </message>
    <message>
        <source>Upgrading the workspace failed: %1</source>
        <translation>Het bijwerken van de werkruimte is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>wb::cli</name>
    <message>
        <source>Adds an SFTP connection.

writeback-cli connection add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]

The key&apos;s passphrase, if any, is read from WRITEBACK_KEY_PASSPHRASE or asked for on the terminal, and kept in the system keychain.</source>
        <translation>Voegt een SFTP-verbinding toe.

writeback-cli connection add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]

De wachtwoordzin van de sleutel, indien aanwezig, wordt gelezen uit WRITEBACK_KEY_PASSPHRASE of in de terminal gevraagd, en bewaard in de systeemsleutelhanger.</translation>
    </message>
    <message>
        <source>A name for the connection.</source>
        <translation>Een naam voor de verbinding.</translation>
    </message>
    <message>
        <source>The server&apos;s domain or address.</source>
        <translation>Het domein of adres van de server.</translation>
    </message>
    <message>
        <source>The SSH port (default 22).</source>
        <translation>De SSH-poort (standaard 22).</translation>
    </message>
    <message>
        <source>The username.</source>
        <translation>De gebruikersnaam.</translation>
    </message>
    <message>
        <source>The private key file.</source>
        <translation>Het privésleutelbestand.</translation>
    </message>
    <message>
        <source>Where the platform drops its files.</source>
        <translation>Waar het platform zijn bestanden neerzet.</translation>
    </message>
    <message>
        <source>Where exports are delivered.</source>
        <translation>Waar exports worden afgeleverd.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <source>--port must be a number.</source>
        <translation>--port moet een getal zijn.</translation>
    </message>
    <message>
        <source>Added connection %1 (%2, %3).</source>
        <translation>Verbinding %1 toegevoegd (%2, %3).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Wachtwoordzin voor %1: </translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keychain.</source>
        <translation>De wachtwoordzin wordt bewaard in de systeemsleutelhanger.</translation>
    </message>
    <message>
        <source>The passphrase was not saved: %1 It will be asked for each time, or set WRITEBACK_KEY_PASSPHRASE for unattended runs.</source>
        <translation>De wachtwoordzin is niet opgeslagen: %1 Deze wordt elke keer gevraagd; u kunt ook WRITEBACK_KEY_PASSPHRASE instellen voor onbeheerde uitvoering.</translation>
    </message>
    <message>
        <source>Next: writeback-cli connection trust %1, then connection test %1.</source>
        <translation>Volgende stap: writeback-cli connection trust %1, daarna connection test %1.</translation>
    </message>
    <message>
        <source>Lists the connections.

writeback-cli connection list [--json]</source>
        <translation>Toont de verbindingen.

writeback-cli connection list [--json]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer in JSON.</translation>
    </message>
    <message>
        <source>No connections yet (see: writeback-cli connection add --help).</source>
        <translation>Nog geen verbindingen (zie: writeback-cli connection add --help).</translation>
    </message>
    <message>
        <source>Removes a connection and its saved passphrase.

writeback-cli connection remove NAME</source>
        <translation>Verwijdert een verbinding en de opgeslagen wachtwoordzin.

writeback-cli connection remove NAME</translation>
    </message>
    <message>
        <source>The connection.</source>
        <translation>De verbinding.</translation>
    </message>
    <message>
        <source>Removed connection %1.</source>
        <translation>Verbinding %1 verwijderd.</translation>
    </message>
    <message>
        <source>Shows the server&apos;s host key and pins it after you confirm it.

writeback-cli connection trust NAME [--yes | --fingerprint SHA256:...]

A key that changed since it was pinned is never replaced here.</source>
        <translation>Toont de hostsleutel van de server en legt deze vast nadat u die hebt bevestigd.

writeback-cli connection trust NAME [--yes | --fingerprint SHA256:...]

Een sleutel die is gewijzigd sinds deze werd vastgelegd, wordt hier nooit vervangen.</translation>
    </message>
    <message>
        <source>Trust the key without asking.</source>
        <translation>De sleutel vertrouwen zonder te vragen.</translation>
    </message>
    <message>
        <source>Trust the key only if its fingerprint is this one.</source>
        <translation>De sleutel alleen vertrouwen als dit de vingerafdruk is.</translation>
    </message>
    <message>
        <source>%1 presents the %2 key %3</source>
        <translation>%1 presenteert de %2-sleutel %3</translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation>Deze sleutel wordt al vertrouwd.</translation>
    </message>
    <message>
        <source>The fingerprint does not match: expected %1, the server presents %2. Not trusted.</source>
        <translation>De vingerafdruk komt niet overeen: verwacht %1, de server presenteert %2. Niet vertrouwd.</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the platform gave you. Trust it? [y/N] </source>
        <translation>Vergelijk deze met de vingerafdruk die u van het platform hebt gekregen. Vertrouwen? [y/N] </translation>
    </message>
    <message>
        <source>Not trusted: confirm with --yes or --fingerprint %1.</source>
        <translation>Niet vertrouwd: bevestig met --yes of --fingerprint %1.</translation>
    </message>
    <message>
        <source>Not trusted.</source>
        <translation>Niet vertrouwd.</translation>
    </message>
    <message>
        <source>Trusted; pinned in %1.</source>
        <translation>Vertrouwd; vastgelegd in %1.</translation>
    </message>
    <message>
        <source>The connection doctor: checks the connection step by step.

writeback-cli connection test NAME [--json]

Exits 1 when a step fails.</source>
        <translation>De verbindingsdiagnose: controleert de verbinding stap voor stap.

writeback-cli connection test NAME [--json]

Eindigt met code 1 als een stap mislukt.</translation>
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
        <translation>Gebruik: writeback-cli connection add|list|remove|trust|test ...
  add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]
  list [--json]
  remove NAME
  trust NAME [--yes | --fingerprint SHA256:...]
  test NAME [--json]
Elk accepteert --help.
</translation>
    </message>
    <message>
        <source>Lists a remote folder (default: the connection&apos;s read path).

writeback-cli ls NAME [PATH] [--json]</source>
        <translation>Toont de inhoud van een externe map (standaard: de leesmap van de verbinding).

writeback-cli ls NAME [PATH] [--json]</translation>
    </message>
    <message>
        <source>The remote folder.</source>
        <translation>De externe map.</translation>
    </message>
    <message>
        <source>Downloads a file: it appears under its final name only when complete.

writeback-cli get NAME REMOTE LOCAL</source>
        <translation>Downloadt een bestand: het verschijnt pas onder de definitieve naam als het volledig is.

writeback-cli get NAME REMOTE LOCAL</translation>
    </message>
    <message>
        <source>The source file.</source>
        <translation>Het bronbestand.</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>Waar het moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer to a yes/no question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>Uploads a file: it appears under its final name only when complete.

writeback-cli put NAME LOCAL REMOTE [--overwrite]</source>
        <translation>Uploadt een bestand: het verschijnt pas onder de definitieve naam als het volledig is.

writeback-cli put NAME LOCAL REMOTE [--overwrite]</translation>
    </message>
    <message>
        <source>Replace a file that is already there (otherwise an existing file is refused).</source>
        <translation>Een bestand vervangen dat er al staat (anders wordt een bestaand bestand geweigerd).</translation>
    </message>
    <message>
        <source>%1: %2 rows into %3 (%4 new, %5 updated, %6 unchanged)</source>
        <translation>%1: %2 rijen in %3 (%4 nieuw, %5 bijgewerkt, %6 ongewijzigd)</translation>
    </message>
    <message>
        <source>%1: already taken in, skipped</source>
        <translation>%1: al opgehaald, overgeslagen</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: geannuleerd</translation>
    </message>
    <message>
        <source>Takes in local files: each exactly once, each in one transaction.

writeback-cli import FILE... [--as DATASET] [--encoding NAME] [--delimiter SEP] [--quote CHAR] [--no-header] [--json]

The format is recognised from the file&apos;s name and header; --as names it (a known dataset such as actito.email_openings, or a name of your own for a generic CSV dataset). Exits 1 when any file failed; the others are still taken in.</source>
        <translation>Haalt lokale bestanden op: elk precies één keer, elk in één transactie.

writeback-cli import FILE... [--as DATASET] [--encoding NAME] [--delimiter SEP] [--quote CHAR] [--no-header] [--json]

Het formaat wordt herkend aan de naam en de kopregel van het bestand; --as geeft het op (een bekende dataset zoals actito.email_openings, of een eigen naam voor een generieke CSV-dataset). Eindigt met code 1 als een bestand mislukt; de andere worden toch opgehaald.</translation>
    </message>
    <message>
        <source>Files to take in.</source>
        <translation>De op te halen bestanden.</translation>
    </message>
    <message>
        <source>The dataset to take the files into.</source>
        <translation>De dataset waarin de bestanden worden opgehaald.</translation>
    </message>
    <message>
        <source>The files&apos; encoding when it is not UTF-8 (Windows-1252, ISO-8859-1, UTF-16LE, UTF-16BE).</source>
        <translation>De codering van de bestanden als die niet UTF-8 is (Windows-1252, ISO-8859-1, UTF-16LE, UTF-16BE).</translation>
    </message>
    <message>
        <source>The field separator when it is not the one detected: &apos;,&apos;, &apos;;&apos;, &apos;|&apos; or &apos;tab&apos;.</source>
        <translation>Het scheidingsteken tussen velden als dit afwijkt van het gedetecteerde: &apos;,&apos;, &apos;;&apos;, &apos;|&apos; of &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>The quote character, or &apos;none&apos;.</source>
        <translation>Het aanhalingsteken, of &apos;none&apos;.</translation>
    </message>
    <message>
        <source>The first row is data (generic datasets; its columns are named column_1, column_2, ...).</source>
        <translation>De eerste rij bevat gegevens (generieke datasets; de kolommen heten column_1, column_2, ...).</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos;, &apos;|&apos; or &apos;tab&apos;.</source>
        <translation>--delimiter moet &apos;,&apos;, &apos;;&apos;, &apos;|&apos; of &apos;tab&apos; zijn.</translation>
    </message>
    <message>
        <source>--quote must be one character or &apos;none&apos;.</source>
        <translation>--quote moet één teken of &apos;none&apos; zijn.</translation>
    </message>
    <message>
        <source>Takes in the new files of a connection&apos;s read path.

writeback-cli fetch NAME [--json]

Exits 1 when the connection or any file failed.</source>
        <translation>Haalt de nieuwe bestanden op uit de leesmap van een verbinding.

writeback-cli fetch NAME [--json]

Eindigt met code 1 als de verbinding of een bestand mislukt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the read path.</source>
        <translation>
            <numerusform>%n bestand in de leesmap.</numerusform>
            <numerusform>%n bestanden in de leesmap.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the datasets with their columns, types and row counts.

writeback-cli datasets [--json]</source>
        <translation>Toont de datasets met hun kolommen, typen en aantallen rijen.

writeback-cli datasets [--json]</translation>
    </message>
    <message>
        <source>No datasets yet (see: writeback-cli import --help, fetch --help).</source>
        <translation>Nog geen datasets (zie: writeback-cli import --help, fetch --help).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the files taken in, and those that failed with their reasons.

writeback-cli files [--json]</source>
        <translation>Toont de opgehaalde bestanden, en de mislukte met de reden.

writeback-cli files [--json]</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rijen</translation>
    </message>
</context>
<context>
    <name>wb::net</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; could not be found (%2). Check its spelling, and that this computer can reach a DNS server.</source>
        <translation>Het domein &quot;%1&quot; is niet gevonden (%2). Controleer de spelling en of deze computer een DNS-server kan bereiken.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: no SSH server listens there, or a firewall rejects it. Check the port with the platform.</source>
        <translation>%1 heeft de verbinding op poort %2 geweigerd: daar luistert geen SSH-server, of een firewall wijst de verbinding af. Controleer de poort bij het platform.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 s. A firewall may be dropping the connection, or the server may only accept known IP addresses: ask the platform to allow this computer&apos;s public address.</source>
        <translation>%1 heeft niet binnen %3 s geantwoord op poort %2. Mogelijk laat een firewall de verbinding vallen, of accepteert de server alleen bekende IP-adressen: vraag het platform het openbare adres van deze computer toe te staan.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to the host). Check the network connection, VPN or proxy.</source>
        <translation>%1 is niet bereikbaar vanaf deze computer (geen route naar de host). Controleer de netwerkverbinding, VPN of proxy.</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: %3.</source>
        <translation>Kan geen verbinding maken met %1 op poort %2: %3.</translation>
    </message>
    <message>
        <source>The server stopped answering for %1 s.</source>
        <translation>De server heeft %1 s lang niet gereageerd.</translation>
    </message>
</context>
<context>
    <name>wb::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>Versie-informatie kopiëren</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionEditor</name>
    <message>
        <source>New connection</source>
        <translation>Nieuwe verbinding</translation>
    </message>
    <message>
        <source>Edit connection %1</source>
        <translation>Verbinding %1 bewerken</translation>
    </message>
    <message>
        <source>The private key that belongs to the public key you gave the platform.</source>
        <translation>De privésleutel die hoort bij de openbare sleutel die u aan het platform hebt gegeven.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, protected by a passphrase.</source>
        <translation>%1, beveiligd met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>%1, not protected by a passphrase.</source>
        <translation>%1, niet beveiligd met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>needed to unlock the key</source>
        <translation>nodig om de sleutel te ontgrendelen</translation>
    </message>
    <message>
        <source>not needed for this key</source>
        <translation>niet nodig voor deze sleutel</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privésleutel kiezen</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key *.ppk id_* *);;All files (*)</source>
        <translation>Privésleutels (*.pem *.key *.ppk id_* *);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Storing the passphrase in the system keychain…</source>
        <translation>Wachtwoordzin opslaan in de systeemsleutelhanger…</translation>
    </message>
    <message>
        <source>The connection was saved, but the passphrase could not be stored in the system keychain: %1
Writeback Studio will ask for it each time it connects.</source>
        <translation>De verbinding is opgeslagen, maar de wachtwoordzin kon niet in de systeemsleutelhanger worden bewaard: %1
Writeback Studio vraagt er bij elke verbinding om.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionTableModel</name>
    <message>
        <source>(login folder)</source>
        <translation>(aanmeldmap)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Privésleutel: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <source>Read path</source>
        <translation>Leesmap</translation>
    </message>
    <message>
        <source>Write path</source>
        <translation>Schrijfmap</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConnectionsPage</name>
    <message>
        <source>No connections yet</source>
        <translation>Nog geen verbindingen</translation>
    </message>
    <message>
        <source>A connection is the SFTP account a platform such as Full Measure or Deployteq gives you: a domain, a username and a private key. Add one, test it, and Writeback Studio can take in its writeback files.</source>
        <translation>Een verbinding is het SFTP-account dat u krijgt van een platform zoals Full Measure of Deployteq: een domein, een gebruikersnaam en een privésleutel. Voeg er een toe, test deze, en Writeback Studio kan de writebackbestanden ervan ophalen.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Te&amp;sten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>The SFTP servers of the platforms that send you writeback files.</source>
        <translation>De SFTP-servers van de platforms die u writebackbestanden sturen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Run the connection doctor on the selected connection</source>
        <translation>De verbindingsdiagnose uitvoeren voor de geselecteerde verbinding</translation>
    </message>
    <message>
        <source>Add your first connection</source>
        <translation>Uw eerste verbinding toevoegen</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” (%2)?

The private key file and anything already taken in are kept.</source>
        <translation>De verbinding “%1” (%2) verwijderen?

Het privésleutelbestand en alles wat al is opgehaald, blijven bewaard.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>wb::ui::DataPage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Bestanden importeren…</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Ophalen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>No data taken in yet</source>
        <translation>Nog geen gegevens opgehaald</translation>
    </message>
    <message>
        <source>Import the writeback files a platform sent you, drop them here, or fetch them from a connection. Each file&apos;s rows go into the dataset of its format, and the files are listed with where they came from.</source>
        <translation>Importeer de writebackbestanden die een platform u heeft gestuurd, zet ze hier neer of haal ze op via een verbinding. De rijen van elk bestand komen in de dataset van het formaat ervan, en de bestanden worden vermeld met hun herkomst.</translation>
    </message>
    <message>
        <source>&amp;Preview and import…</source>
        <translation>&amp;Voorbeeld en importeren…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>The writeback files taken in, and the datasets their rows went into. Drop files here to take them in.</source>
        <translation>De opgehaalde writebackbestanden en de datasets waarin hun rijen terecht zijn gekomen. Zet hier bestanden neer om ze op te halen.</translation>
    </message>
    <message>
        <source>Which dataset the files go into: recognised from their name and header, or one you choose when a file&apos;s format is not recognised</source>
        <translation>In welke dataset de bestanden terechtkomen: herkend aan hun naam en kopregel, of door u gekozen als het formaat van een bestand niet wordt herkend</translation>
    </message>
    <message>
        <source>&amp;as</source>
        <translation>a&amp;ls</translation>
    </message>
    <message>
        <source>Take in the new files of the connection&apos;s read path</source>
        <translation>De nieuwe bestanden uit de leesmap van de verbinding ophalen</translation>
    </message>
    <message>
        <source>F&amp;rom connection</source>
        <translation>Van ve&amp;rbinding</translation>
    </message>
    <message>
        <source>Check how the files are read and take them in as a dataset you name</source>
        <translation>Controleren hoe de bestanden worden gelezen en ze ophalen als een dataset met een naam naar keuze</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Bestanden importeren…</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Taking in file %1 of %2: %3 — %4%</source>
        <translation>Bestand %1 van %2 ophalen: %3 — %4%</translation>
    </message>
    <message>
        <source>Taking in %1 — %2%</source>
        <translation>%1 ophalen — %2%</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4%</source>
        <translation>Bestand %1 van %2: %3 — %4%</translation>
    </message>
    <message>
        <source>recognised format</source>
        <translation>herkend formaat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>new dataset…</source>
        <translation>nieuwe dataset…</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Nieuwe dataset</translation>
    </message>
    <message>
        <source>Name of the dataset the files go into (letters, digits and _, e.g. “event_signups”):</source>
        <translation>Naam van de dataset waarin de bestanden terechtkomen (letters, cijfers en _, bijv. “event_signups”):</translation>
    </message>
    <message>
        <source>“%1” cannot name a dataset: use letters, digits and _ (and at most one dot).</source>
        <translation>“%1” kan geen datasetnaam zijn: gebruik letters, cijfers en _ (en hoogstens één punt).</translation>
    </message>
    <message>
        <source>(no connections)</source>
        <translation>(geen verbindingen)</translation>
    </message>
    <message>
        <source>Import writeback files</source>
        <translation>Writebackbestanden importeren</translation>
    </message>
    <message>
        <source>Writeback files (*.csv *.txt *.json);;All files (*)</source>
        <translation>Writebackbestanden (*.csv *.txt *.json);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>Taking in %n file(s)…</source>
        <translation>
            <numerusform>%n bestand ophalen…</numerusform>
            <numerusform>%n bestanden ophalen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Opnieuw &amp;importeren</translation>
    </message>
    <message>
        <source>Take in the failed files again, as the format chosen under “as”</source>
        <translation>De mislukte bestanden opnieuw ophalen, in het formaat dat bij “als” is gekozen</translation>
    </message>
    <message>
        <source>Fetch cancelled: nothing was taken in.</source>
        <translation>Ophalen geannuleerd: er is niets opgehaald.</translation>
    </message>
    <message>
        <source>Fetching from %1 failed: %2</source>
        <translation>Ophalen via %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>%1 has no files in its read path.</source>
        <translation>%1 heeft geen bestanden in de leesmap.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) on the server.</source>
        <translation>
            <numerusform>%1: %n bestand op de server.</numerusform>
            <numerusform>%1: %n bestanden op de server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken in</source>
        <translation>
            <numerusform>%n bestand opgehaald</numerusform>
            <numerusform>%n bestanden opgehaald</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new rows, %2 changed)</source>
        <translation> (%1 nieuwe rijen, %2 gewijzigd)</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as already taken in</source>
        <translation>
            <numerusform>%n overgeslagen omdat het al is opgehaald</numerusform>
            <numerusform>%n overgeslagen omdat ze al zijn opgehaald</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: the file being read left no rows behind</source>
        <translation>geannuleerd: het bestand dat werd gelezen, heeft geen rijen achtergelaten</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>The Files tab lists every failed file with its reason.</source>
        <translation>Het tabblad Bestanden toont elk mislukt bestand met de reden.</translation>
    </message>
    <message>
        <source>Files (%1, %2 failed)</source>
        <translation>Bestanden (%1, %2 mislukt)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Bestanden (%1)</translation>
    </message>
    <message>
        <source>Datasets (%1)</source>
        <translation>Datasets (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), table %2</source>
        <translation>
            <numerusform>%1 — %n rij, tabel %2</numerusform>
            <numerusform>%1 — %n rijen, tabel %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::DatasetListModel</name>
    <message>
        <source>(own)</source>
        <translation>(eigen)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s), table %2</source>
        <translation>
            <numerusform>%1: %n veld, tabel %2</numerusform>
            <numerusform>%1: %n velden, tabel %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
</context>
<context>
    <name>wb::ui::DatasetTableModel</name>
    <message>
        <source>true</source>
        <translation>waar</translation>
    </message>
    <message>
        <source>false</source>
        <translation>onwaar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>The file the row&apos;s current values came from</source>
        <translation>Het bestand waaruit de huidige waarden van de rij afkomstig zijn</translation>
    </message>
    <message>
        <source>The line of that file</source>
        <translation>De regel in dat bestand</translation>
    </message>
    <message>
        <source>When the row was first taken in</source>
        <translation>Wanneer de rij voor het eerst is opgehaald</translation>
    </message>
    <message>
        <source>When the row last changed</source>
        <translation>Wanneer de rij voor het laatst is gewijzigd</translation>
    </message>
    <message>
        <source>Field %1, %2</source>
        <translation>Veld %1, %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::DoctorDialog</name>
    <message>
        <source>Test connection %1</source>
        <translation>Verbinding %1 testen</translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation>Test van %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>Test &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>No passphrase is remembered for this connection.</source>
        <translation>Voor deze verbinding is geen wachtwoordzin onthouden.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase.</source>
        <translation>De sleutel is beveiligd met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>%1 Enter the passphrase of %2 to run the test; it is not stored.</source>
        <translation>%1 Voer de wachtwoordzin van %2 in om de test uit te voeren; deze wordt niet opgeslagen.</translation>
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
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Te controleren:</translation>
    </message>
</context>
<context>
    <name>wb::ui::DoctorView</name>
    <message>
        <source>Cancel test</source>
        <translation>Test annuleren</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <source>Copies the full report as text, to paste into a support ticket</source>
        <translation>Kopieert het volledige rapport als tekst, om in een supportticket te plakken</translation>
    </message>
    <message>
        <source>Checks every step from finding the server to writing a file, so you can see where a connection fails and why.</source>
        <translation>Controleert elke stap, van het vinden van de server tot het schrijven van een bestand, zodat u ziet waar en waarom een verbinding mislukt.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Bezig met testen van %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>De test is geannuleerd.</translation>
    </message>
    <message>
        <source>Tested %1 at %2.</source>
        <translation>%1 getest op %2.</translation>
    </message>
    <message>
        <source>The connection works: every step passed.</source>
        <translation>De verbinding werkt: alle stappen zijn geslaagd.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s host key has changed since you trusted it. Either the server was reinstalled, or someone is intercepting the connection. Writeback Studio will not connect, and does not offer to trust the new key: ask the platform&apos;s support to confirm the new fingerprint first, then remove the old key from %1.</source>
        <translation>Geweigerd: de hostsleutel van de server is gewijzigd sinds u deze hebt vertrouwd. Ofwel is de server opnieuw geïnstalleerd, ofwel onderschept iemand de verbinding. Writeback Studio maakt geen verbinding en biedt niet aan de nieuwe sleutel te vertrouwen: vraag eerst de support van het platform de nieuwe vingerafdruk te bevestigen en verwijder daarna de oude sleutel uit %1.</translation>
    </message>
    <message>
        <source>This server is not trusted yet. Compare its host key with the fingerprint the platform gave you before you trust it.</source>
        <translation>Deze server wordt nog niet vertrouwd. Vergelijk de hostsleutel met de vingerafdruk die u van het platform hebt gekregen voordat u deze vertrouwt.</translation>
    </message>
    <message>
        <source>Review host key…</source>
        <translation>Hostsleutel bekijken…</translation>
    </message>
    <message>
        <source>The connection does not work: step %1, “%2”, failed. The step says what to check.</source>
        <translation>De verbinding werkt niet: stap %1, “%2”, is mislukt. Bij de stap staat wat u moet controleren.</translation>
    </message>
</context>
<context>
    <name>wb::ui::FetchTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>The key %1 of the connection “%2” is protected by a passphrase. Enter it to fetch; it is not stored.</source>
        <translation>De sleutel %1 van de verbinding “%2” is beveiligd met een wachtwoordzin. Voer deze in om op te halen; deze wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was fetched: the key’s passphrase was not given.</source>
        <translation>Er is niets opgehaald: de wachtwoordzin van de sleutel is niet opgegeven.</translation>
    </message>
</context>
<context>
    <name>wb::ui::FilesModel</name>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tijdstip</translation>
    </message>
</context>
<context>
    <name>wb::ui::FilesPanel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
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
            <numerusform>&amp;Voorbeeld: de eerste %n rij</numerusform>
            <numerusform>&amp;Voorbeeld: de eerste %n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows as the choices above read them; the row headers are line numbers</source>
        <translation>De rijen zoals de keuzes hierboven ze lezen; de rijkoppen zijn regelnummers</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Quotes are not guessed: double quotes are the CSV standard. Choose “none” when quote characters are part of the values.</source>
        <translation>Aanhalingstekens worden niet geraden: dubbele aanhalingstekens zijn de CSV-standaard. Kies “Geen” als aanhalingstekens deel uitmaken van de waarden.</translation>
    </message>
    <message>
        <source>The file&apos;s byte-order mark decides its encoding</source>
        <translation>De bytevolgordemarkering van het bestand bepaalt de codering</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Verticale streep ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Dubbel aanhalingsteken ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>Enkel aanhalingsteken ( &apos; )</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and _, starting with a letter; at most one dot (e.g. local.event_signups).</source>
        <translation>Gebruik kleine letters, cijfers en _, beginnend met een letter; hoogstens één punt (bijv. local.event_signups).</translation>
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
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <source>No exports defined yet</source>
        <translation>Nog geen exports gedefinieerd</translation>
    </message>
    <message>
        <source>Exports turn taken-in writebacks into the files your CRM or student information system imports. Their definitions, with columns and destination, will be listed here.</source>
        <translation>Exports zetten opgehaalde writebacks om in de bestanden die uw CRM of studentinformatiesysteem importeert. De definities ervan, met kolommen en bestemming, worden hier weergegeven.</translation>
    </message>
    <message>
        <source>Nothing has run yet</source>
        <translation>Er is nog niets uitgevoerd</translation>
    </message>
    <message>
        <source>Every download and export run will be recorded here, with when it ran, what it moved and, when something failed, why.</source>
        <translation>Elke uitgevoerde download en export wordt hier vastgelegd, met het tijdstip, wat er is overgebracht en, als er iets mislukte, waarom.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Writeback Studio</source>
        <translation>&amp;Over Writeback Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>wb::ui::RawFileView</name>
    <message>
        <source>%1 was taken in from the connection “%2” and lives on its server (%3); only files taken in from this computer can be shown here.</source>
        <translation>%1 is opgehaald via de verbinding “%2” en staat op de server daarvan (%3); alleen bestanden die vanaf deze computer zijn opgehaald, kunnen hier worden weergegeven.</translation>
    </message>
    <message>
        <source>%1 can no longer be read: %2</source>
        <translation>%1 kan niet meer worden gelezen: %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>De eerste %1 van %2 worden weergegeven.</translation>
    </message>
</context>
<context>
    <name>wb::ui::TrustHostKeyDialog</name>
    <message>
        <source>Trust this key</source>
        <translation>Deze sleutel vertrouwen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Asking the server for its key…</source>
        <translation>Sleutel opvragen bij de server…</translation>
    </message>
    <message>
        <source>Could not get the server&apos;s key: %1</source>
        <translation>Kan de sleutel van de server niet ophalen: %1</translation>
    </message>
    <message>
        <source>Pinning the key…</source>
        <translation>Sleutel vastleggen…</translation>
    </message>
    <message>
        <source>Refused: %1
Nothing was trusted. Ask the platform&apos;s support to confirm the server&apos;s key.</source>
        <translation>Geweigerd: %1
Er is niets vertrouwd. Vraag de support van het platform de sleutel van de server te bevestigen.</translation>
    </message>
</context>
</TS>
