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
    <message>
        <source>C&amp;onnection</source>
        <translation>Verbindin&amp;g</translation>
    </message>
    <message>
        <source>&amp;Intake rules</source>
        <translation>&amp;Ophaalregels</translation>
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
    <name>DailySummary</name>
    <message numerus="yes">
        <source>Writeback Studio: %1, %n failed run(s)</source>
        <translation>
            <numerusform>Writeback Studio: %1, %n mislukte uitvoering</numerusform>
            <numerusform>Writeback Studio: %1, %n mislukte uitvoeringen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 holds files that are not a complete demo.</source>
        <translation>%1 bevat bestanden die geen volledige demo vormen.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Kan %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Kan geen tijdelijke map aanmaken: %1</translation>
    </message>
    <message>
        <source>%1, so the file was not downloaded</source>
        <translation>%1, dus het bestand is niet gedownload</translation>
    </message>
    <message>
        <source>The folder could not be listed: %1</source>
        <translation>De inhoud van de map kan niet worden opgevraagd: %1</translation>
    </message>
    <message>
        <source>%1: taken in, but not deleted from the server: %2</source>
        <translation>%1: opgehaald, maar niet van de server verwijderd: %2</translation>
    </message>
    <message>
        <source>%1: taken in, but the archive folder %2 could not be made: %3</source>
        <translation>%1: opgehaald, maar de archiefmap %2 kan niet worden aangemaakt: %3</translation>
    </message>
    <message>
        <source>%1: taken in, but not moved to %2: %3</source>
        <translation>%1: opgehaald, maar niet verplaatst naar %2: %3</translation>
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
    <name>IntakeRuleDialog</name>
    <message>
        <source>Intake rule</source>
        <translation>Ophaalregel</translation>
    </message>
    <message>
        <source>A fetch takes each file in by the first of the connection&apos;s rules whose pattern matches it.</source>
        <translation>Bij het ophalen geldt voor elk bestand de eerste regel van de verbinding waarvan het patroon erop past.</translation>
    </message>
    <message>
        <source>Which files</source>
        <translation>Welke bestanden</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patroon:</translation>
    </message>
    <message>
        <source>e.g. export_*.csv</source>
        <translation>bijv. export_*.csv</translation>
    </message>
    <message>
        <source>The files the rule applies to: * stands for any characters, ? for one</source>
        <translation>De bestanden waarvoor de regel geldt: * staat voor willekeurige tekens, ? voor één teken</translation>
    </message>
    <message>
        <source>A glob such as export_*.csv: * stands for any characters and ? for one, [abc] for one of a, b or c; case does not count. Without a &apos;/&apos;, it matches the file&apos;s name wherever the file lies; with a &apos;/&apos;, it matches the file&apos;s path under the read path, such as */opens_*.csv for the opens files one folder down. * and ? never stand for a &apos;/&apos;.</source>
        <translation>Een patroon zoals export_*.csv: * staat voor willekeurige tekens en ? voor één teken, [abc] voor a, b of c; hoofdletters tellen niet. Zonder &apos;/&apos; past het op de bestandsnaam, waar het bestand ook staat; met een &apos;/&apos; op het pad van het bestand onder de leesmap, zoals */opens_*.csv voor de opens-bestanden één map dieper. * en ? staan nooit voor een &apos;/&apos;.</translation>
    </message>
    <message>
        <source>&amp;Subfolders:</source>
        <translation>&amp;Submappen:</translation>
    </message>
    <message>
        <source>How far down the read path&apos;s subfolders the rule looks for its files</source>
        <translation>Hoe diep in de submappen van de leesmap de regel naar zijn bestanden zoekt</translation>
    </message>
    <message>
        <source>How they are read</source>
        <translation>Hoe ze worden gelezen</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <source>The dataset the files go into</source>
        <translation>De dataset waarin de bestanden terechtkomen</translation>
    </message>
    <message>
        <source>Where the rows of the files go: a platform&apos;s format (for a file whose name does not say which, such as a neutrally named Actito export), or a dataset of your own for files no format describes. Recognised from the name and header is what a fetch does without a rule.</source>
        <translation>Waar de rijen van de bestanden heen gaan: het formaat van een platform (voor een bestand waarvan de naam niet zegt welk, zoals een neutraal benoemde Actito-export), of een eigen dataset voor bestanden die geen formaat beschrijft. &apos;Herkend aan naam en kopregel&apos; is wat ophalen zonder regel doet.</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tums:</translation>
    </message>
    <message>
        <source>How the files write their dates, when the file itself cannot show it</source>
        <translation>Hoe de bestanden hun datums schrijven, wanneer het bestand zelf dat niet laat zien</translation>
    </message>
    <message>
        <source>A date such as 05/12/2026 can be 5 December or 12 May. Automatic takes the order a file shows (a day above 12 somewhere in the column) and refuses a file that shows none; day first or month first says it for every file of this rule.</source>
        <translation>Een datum als 05/12/2026 kan 5 december of 12 mei zijn. &apos;Automatisch&apos; neemt de volgorde die een bestand laat zien (ergens in de kolom een dag boven 12) en weigert een bestand dat er geen laat zien; dag eerst of maand eerst legt het vast voor alle bestanden van deze regel.</translation>
    </message>
    <message>
        <source>On the server, once taken in</source>
        <translation>Op de server, na het ophalen</translation>
    </message>
    <message>
        <source>&amp;Keep the file (it is not taken in twice)</source>
        <translation>Bestand &amp;bewaren (het wordt niet twee keer opgehaald)</translation>
    </message>
    <message>
        <source>The default: Full Measure re-delivers whole files, and a fetch skips what it took in before</source>
        <translation>De standaard: Full Measure levert hele bestanden opnieuw, en ophalen slaat over wat al eerder is opgehaald</translation>
    </message>
    <message>
        <source>De&amp;lete the file</source>
        <translation>Bestand &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Move it to the folder:</source>
        <translation>Ver&amp;plaatsen naar de map:</translation>
    </message>
    <message>
        <source>e.g. done</source>
        <translation>bijv. done</translation>
    </message>
    <message>
        <source>Relative to the read path, or absolute; made if missing</source>
        <translation>Relatief aan de leesmap, of absoluut; wordt aangemaakt als hij ontbreekt</translation>
    </message>
</context>
<context>
    <name>JobId</name>
    <message>
        <source>&quot;%1&quot; is not a job: write fetch:CONNECTION, consume:QUEUE or export:NAME.</source>
        <translation>&quot;%1&quot; is geen taak: schrijf fetch:CONNECTION, consume:QUEUE of export:NAME.</translation>
    </message>
</context>
<context>
    <name>JobLock</name>
    <message>
        <source>%1 is running already (%2, since %3).</source>
        <translation>%1 wordt al uitgevoerd (%2, sinds %3).</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message numerus="yes">
        <source>%n file(s) could not be taken in: </source>
        <translation>
            <numerusform>%n bestand kon niet worden opgehaald: </numerusform>
            <numerusform>%n bestanden konden niet worden opgehaald: </numerusform>
        </translation>
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
    <name>QueueEditor</name>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Enter the message queue details the platform gave you (Civitas: its Amazon MQ broker). Nothing is saved until you click Save.</source>
        <translation>Voer de gegevens van de berichtenwachtrij in die u van het platform hebt gekregen (Civitas: de Amazon MQ-broker ervan). Er wordt niets opgeslagen totdat u op Opslaan klikt.</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>e.g. civitas-outreach</source>
        <translation>bijv. civitas-outreach</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>amqps://b-1234.mq.us-east-1.amazonaws.com:5671</source>
        <translation>amqps://b-1234.mq.us-east-1.amazonaws.com:5671</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>the user name the platform gave you</source>
        <translation>de gebruikersnaam die u van het platform hebt gekregen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Wordt bewaard in de systeemsleutelhanger, nooit in de werkruimte.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>e.g. outreach or /queues/outreach</source>
        <translation>bijv. outreach of /queues/outreach</translation>
    </message>
    <message>
        <source>Amazon MQ for ActiveMQ: the queue&apos;s name
RabbitMQ 4: /queues/NAME</source>
        <translation>Amazon MQ for ActiveMQ: de naam van de wachtrij
RabbitMQ 4: /queues/NAME</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-bestand:</translation>
    </message>
    <message>
        <source>optional: the system&apos;s certificates are trusted</source>
        <translation>optioneel: de certificaten van het systeem worden vertrouwd</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>A PEM file of the CA to trust instead of the system&apos;s, for a broker with a private certificate.</source>
        <translation>Een PEM-bestand van de CA die in plaats van die van het systeem moet worden vertrouwd, voor een broker met een privécertificaat.</translation>
    </message>
    <message>
        <source>Queue test</source>
        <translation>Wachtrijtest</translation>
    </message>
    <message>
        <source>&amp;Test queue</source>
        <translation>Wachtrij &amp;testen</translation>
    </message>
</context>
<context>
    <name>SftpSession</name>
    <message>
        <source>The server refused the key %1 for user %2. Check the username, and that the matching public key is installed for that user on the server (the platform&apos;s support can do this).</source>
        <translation>De server weigerde de sleutel %1 voor gebruiker %2. Controleer de gebruikersnaam en of de bijbehorende publieke sleutel voor die gebruiker op de server is geïnstalleerd (de support van het platform kan dat doen).</translation>
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
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Instellingen van de werkruimte</translation>
    </message>
    <message>
        <source>Kept files</source>
        <translation>Bewaarde bestanden</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Bewaren gedurende:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Copies of delivered files (kept for re-delivery) and run reports hold personal data. Older ones are removed when scheduled jobs run; the run history stays.</source>
        <translation>Kopieën van geleverde bestanden (bewaard om opnieuw te leveren) en runrapporten bevatten persoonsgegevens. Oudere worden verwijderd wanneer geplande taken draaien; de rungeschiedenis blijft.</translation>
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
        <source>--workspace needs a file.</source>
        <translation>--workspace verwacht een bestand.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>Onbekende %1-opdracht &quot;%2&quot;.</translation>
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
        <translation>Gebruik: writeback-cli [--workspace FILE] COMMAND [ARGS]

Opdrachten:
  connection add|list|remove|trust|test   SFTP-verbindingen beheren; test voert de diagnose uit
  connection rule add|list|remove         hoe ophalen de bestanden van een verbinding binnenhaalt
  ls NAME [PATH]                          een externe map weergeven
  get NAME REMOTE LOCAL                   een bestand downloaden
  put NAME LOCAL REMOTE                   een bestand uploaden
  import FILE... [--as DATASET] [--dates ORDER]
                                          lokale bestanden ophalen
  fetch NAME                              de nieuwe bestanden uit de leesmap van een verbinding ophalen
  queue add|list|remove|test|consume|replay
                                          berichtenwachtrijen (Civitas): de berichten ervan ophalen
  datasets                                datasets tonen met kolommen, typen en aantallen rijen
  dataset multi-value DATASET FIELD...    aangeven welke velden meerdere waarden bevatten, en hun scheidingsteken
  files                                   opgehaalde bestanden tonen, en mislukte met de reden
  export save|list|show|rename|remove|preview|run|redeliver
                                          exports definiëren, vooraf bekijken en uitvoeren
  runs [--export NAME]                    de uitvoeringsgeschiedenis van exports
  schedule set|list|pause|resume|remove   ophalen en exports volgens een planning uitvoeren
  run-due [--job JOB]                     uitvoeren wat nu aan de beurt is (de systeemplanner roept dit aan)
  notify set|show|test|remove             mislukte uitvoeringen en dagelijkse overzichten per e-mail melden
  settings show|set                       de instellingen van de werkruimte (hoe lang bewaarde bestanden blijven)

Elke opdracht accepteert --help. Afsluitcodes: 0 ok, 1 de bewerking is mislukt, 2 gebruiksfout.
De werkruimte is standaard %1
</translation>
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
    <message>
        <source>Preparing the demo…</source>
        <translation>De demo wordt voorbereid…</translation>
    </message>
    <message>
        <source>Open a demo workspace: a fictional university&apos;s connections, data, exports and two weeks of runs (%1).</source>
        <translation>Een demowerkruimte openen: de verbindingen, gegevens, exports en twee weken runs van een fictieve universiteit (%1).</translation>
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
    <message>
        <source>the pattern is empty</source>
        <translation>het patroon is leeg</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>een aanhalingsteken is niet gesloten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is repeated more than %2 times</source>
        <translation>&quot;%1&quot; wordt meer dan %2 keer herhaald</translation>
    </message>
    <message>
        <source>write the year as yy or yyyy</source>
        <translation>schrijf het jaar als yy of yyyy</translation>
    </message>
    <message>
        <source>only t (the zone as stored) is supported, not tt, ttt or tttt</source>
        <translation>alleen t (de zone zoals opgeslagen) wordt ondersteund, niet tt, ttt of tttt</translation>
    </message>
    <message>
        <source>write the AM/PM marker as AP, ap, A or a</source>
        <translation>schrijf de AM/PM-aanduiding als AP, ap, A of a</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time field; put literal text in single quotes</source>
        <translation>&quot;%1&quot; is geen datum- of tijdveld; zet letterlijke tekst tussen enkele aanhalingstekens</translation>
    </message>
    <message>
        <source>the pattern has no date or time field</source>
        <translation>het patroon bevat geen datum- of tijdveld</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an array</source>
        <translation>&quot;columns&quot; moet een array zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;field&quot; and &quot;header&quot;</source>
        <translation>&quot;%1&quot; moet een object met &quot;field&quot; en &quot;header&quot; zijn</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>een stuurteken</translation>
    </message>
    <message>
        <source>The export has no columns.</source>
        <translation>De export heeft geen kolommen.</translation>
    </message>
    <message>
        <source>Column %1 has no field.</source>
        <translation>Kolom %1 heeft geen veld.</translation>
    </message>
    <message>
        <source>Column %1: dataset &quot;%2&quot; has no field &quot;%3&quot;; its fields are %4.</source>
        <translation>Kolom %1: dataset &quot;%2&quot; heeft geen veld &quot;%3&quot;; de velden ervan zijn %4.</translation>
    </message>
    <message>
        <source>Column %1 (%2) has an empty header.</source>
        <translation>Kolom %1 (%2) heeft een lege kop.</translation>
    </message>
    <message>
        <source>Column %1 (%2): the header &quot;%3&quot; is already column %4&apos;s.</source>
        <translation>Kolom %1 (%2): de kop &quot;%3&quot; is al die van kolom %4.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>De bestandsnaam is leeg.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; holds %2, which is not allowed in file names.</source>
        <translation>De bestandsnaam &quot;%1&quot; bevat %2; dat is niet toegestaan in bestandsnamen.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is reserved on Windows.</source>
        <translation>De bestandsnaam &quot;%1&quot; is gereserveerd in Windows.</translation>
    </message>
    <message>
        <source>The file name suffix &quot;%1&quot; is not a valid pattern: %2</source>
        <translation>Het achtervoegsel &quot;%1&quot; van de bestandsnaam is geen geldig patroon: %2</translation>
    </message>
    <message>
        <source>The file name suffix &quot;%1&quot; makes &quot;%2&quot;, which holds %3, not allowed in file names.</source>
        <translation>Het achtervoegsel &quot;%1&quot; van de bestandsnaam levert &quot;%2&quot; op, met %3; dat is niet toegestaan in bestandsnamen.</translation>
    </message>
    <message>
        <source>The SFTP destination has no connection.</source>
        <translation>De SFTP-bestemming heeft geen verbinding.</translation>
    </message>
    <message>
        <source>The local destination has no folder.</source>
        <translation>De lokale bestemming heeft geen map.</translation>
    </message>
    <message>
        <source>The destination folder &quot;%1&quot; is not an absolute path.</source>
        <translation>De doelmap &quot;%1&quot; is geen absoluut pad.</translation>
    </message>
    <message>
        <source>The destination folder &quot;%1&quot; does not exist.</source>
        <translation>De doelmap &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is not a folder.</source>
        <translation>De bestemming &quot;%1&quot; is geen map.</translation>
    </message>
    <message>
        <source>The destination folder &quot;%1&quot; cannot be written to.</source>
        <translation>Er kan niet worden geschreven in de doelmap &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The export name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>De exportnaam &quot;%1&quot; is ongeldig: gebruik 1 tot 64 letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The export has no dataset.</source>
        <translation>De export heeft geen dataset.</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; does not exist.</source>
        <translation>De dataset &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; is not valid: %2</source>
        <translation>De datumnotatie &quot;%1&quot; is ongeldig: %2</translation>
    </message>
    <message>
        <source>The date-time format &quot;%1&quot; is not valid: %2</source>
        <translation>De datum-tijdnotatie &quot;%1&quot; is ongeldig: %2</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Het scheidingsteken moet een komma, puntkomma of tab zijn.</translation>
    </message>
    <message>
        <source>The multi-value separator is empty.</source>
        <translation>Het scheidingsteken voor meerdere waarden is leeg.</translation>
    </message>
    <message>
        <source>Some values have accents or other non-ASCII characters: Excel shows them garbled unless the file starts with a byte-order mark (Format of file: BOM).</source>
        <translation>Sommige waarden bevatten accenten of andere niet-ASCII-tekens: Excel toont ze verminkt, tenzij het bestand met een bytevolgordemarkering begint (Bestandsopmaak: BOM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has values with leading zeros: Excel drops them (007 becomes 7).</source>
        <translation>&quot;%1&quot; heeft waarden met voorloopnullen: Excel laat die weg (007 wordt 7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has values starting with = + - or @: Excel may run them as formulas. Turn on the formula guard to write them as text.</source>
        <translation>&quot;%1&quot; heeft waarden die met = + - of @ beginnen: Excel kan ze als formules uitvoeren. Schakel de formulebeveiliging in om ze als tekst te schrijven.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as %2: Excel reads such dates in the order of the computer&apos;s regional settings and may swap day and month. yyyy-MM-dd is read the same everywhere.</source>
        <translation>&quot;%1&quot; wordt geschreven als %2: Excel leest zulke datums in de volgorde van de landinstellingen van de computer en kan dag en maand verwisselen. yyyy-MM-dd wordt overal hetzelfde gelezen.</translation>
    </message>
    <message>
        <source>Cannot write the export file: %1</source>
        <translation>Kan het exportbestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>Writeback Studio: %1, all runs completed</source>
        <translation>Writeback Studio: %1, alle uitvoeringen voltooid</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Runs that started on %1 (time zone %2).</source>
        <translation>Uitvoeringen die op %1 zijn gestart (tijdzone %2).</translation>
    </message>
    <message>
        <source>No job ran that day.</source>
        <translation>Die dag is er geen taak uitgevoerd.</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Mislukte uitvoeringen:</translation>
    </message>
    <message>
        <source>%1 run %2 at %3</source>
        <translation>%1, uitvoering %2 om %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Sends the rows of run %1 again.</source>
        <translation>Verzendt de rijen van uitvoering %1 opnieuw.</translation>
    </message>
    <message>
        <source>New rows after row %1 up to row %2.</source>
        <translation>Nieuwe rijen na rij %1 tot en met rij %2.</translation>
    </message>
    <message>
        <source>Changes after change %1 up to change %2.</source>
        <translation>Wijzigingen na wijziging %1 tot en met wijziging %2.</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 van het bestand: %1</translation>
    </message>
    <message>
        <source>The mail settings are incomplete: %1</source>
        <translation>De e-mailinstellingen zijn onvolledig: %1</translation>
    </message>
    <message>
        <source>No SMTP password for %1 on %2: store it in the keychain or set WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Geen SMTP-wachtwoord voor %1 op %2: bewaar het in de sleutelhanger of stel WRITEBACK_SMTP_PASSWORD in.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Kan het rapport %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>nog bezig</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in afwachting</translation>
    </message>
    <message>
        <source>skipped (another run of this job was in progress)</source>
        <translation>overgeslagen (er was al een andere uitvoering van deze taak bezig)</translation>
    </message>
    <message>
        <source>Fix the cause above, then send the rows again: writeback-cli export redeliver RUN_ID, with the id of the run to send again (writeback-cli runs --export %1 lists them). A redelivery never moves the export&apos;s watermark.</source>
        <translation>Verhelp de oorzaak hierboven en verzend de rijen daarna opnieuw: writeback-cli export redeliver RUN_ID, met het id van de uitvoering die opnieuw moet worden verzonden (writeback-cli runs --export %1 toont ze). Opnieuw afleveren verplaatst het voortgangspunt van de export nooit.</translation>
    </message>
    <message>
        <source>Fix the cause above, then run the export again: writeback-cli export run %1 (or Run now on the Exports page). A failed run leaves the export&apos;s watermark where it was, so the next run delivers these rows: none are lost and none are sent twice.</source>
        <translation>Verhelp de oorzaak hierboven en voer de export daarna opnieuw uit: writeback-cli export run %1 (of Nu uitvoeren op de pagina Exports). Een mislukte uitvoering laat het voortgangspunt van de export staan waar het was, dus de volgende uitvoering levert deze rijen af: er gaan er geen verloren en er worden er geen twee keer verzonden.</translation>
    </message>
    <message>
        <source>Fix the cause above, then fetch again: writeback-cli fetch %1. Files that were not taken in are tried again on the next fetch; files already taken in are never taken in twice.</source>
        <translation>Verhelp de oorzaak hierboven en haal daarna opnieuw op: writeback-cli fetch %1. Bestanden die niet zijn opgehaald, worden de volgende keer opnieuw geprobeerd; bestanden die al zijn opgehaald, worden nooit twee keer opgehaald.</translation>
    </message>
    <message>
        <source>Fix the cause above, then run the job again.</source>
        <translation>Verhelp de oorzaak hierboven en voer de taak daarna opnieuw uit.</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (uitvoering %2)</translation>
    </message>
    <message>
        <source>Writeback Studio: export %1 failed</source>
        <translation>Writeback Studio: export %1 mislukt</translation>
    </message>
    <message>
        <source>Writeback Studio: fetch %1 failed</source>
        <translation>Writeback Studio: ophalen %1 mislukt</translation>
    </message>
    <message>
        <source>Writeback Studio: %1 failed</source>
        <translation>Writeback Studio: %1 mislukt</translation>
    </message>
    <message>
        <source>Writeback Studio: export %1 completed</source>
        <translation>Writeback Studio: export %1 voltooid</translation>
    </message>
    <message>
        <source>Writeback Studio: fetch %1 completed</source>
        <translation>Writeback Studio: ophalen %1 voltooid</translation>
    </message>
    <message>
        <source>Writeback Studio: %1 %2</source>
        <translation>Writeback Studio: %1 %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fout:</translation>
    </message>
    <message>
        <source>(no message was recorded)</source>
        <translation>(er is geen bericht vastgelegd)</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Wat nu te doen:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>%1 is not installed (not found in PATH)</source>
        <translation>%1 is niet geïnstalleerd (niet gevonden in PATH)</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>geen antwoord binnen %1 seconden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
    <message>
        <source>The scheduler needs the full path of writeback-cli, not &quot;%1&quot;.</source>
        <translation>De planner heeft het volledige pad van writeback-cli nodig, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>de bestandsnaam is leeg</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; means a folder, not a file</source>
        <translation>de naam &quot;%1&quot; duidt een map aan, geen bestand</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds a control character (U+%2)</source>
        <translation>de naam &quot;%1&quot; bevat een stuurteken (U+%2)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;/&quot;, which separates folders</source>
        <translation>de naam &quot;%1&quot; bevat &quot;/&quot;, dat mappen van elkaar scheidt</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;\&quot;, which separates folders on Windows</source>
        <translation>de naam &quot;%1&quot; bevat &quot;\&quot;, dat in Windows mappen van elkaar scheidt</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;:&quot;, which Windows reads as a drive or a stream of another file</source>
        <translation>de naam &quot;%1&quot; bevat &quot;:&quot;, dat Windows leest als een station of een stream van een ander bestand</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds &quot;%2&quot;, which Windows does not allow in file names</source>
        <translation>de naam &quot;%1&quot; bevat &quot;%2&quot;, dat Windows niet toestaat in bestandsnamen</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; ends with a dot, which Windows drops</source>
        <translation>de naam &quot;%1&quot; eindigt op een punt, die Windows weglaat</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; ends with a space, which Windows drops</source>
        <translation>de naam &quot;%1&quot; eindigt op een spatie, die Windows weglaat</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is a reserved device name on Windows</source>
        <translation>de naam &quot;%1&quot; is in Windows een gereserveerde apparaatnaam</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is too long: %2 bytes in UTF-8, where a file name may have at most %3</source>
        <translation>de naam &quot;%1&quot; is te lang: %2 bytes in UTF-8, terwijl een bestandsnaam er hoogstens %3 mag hebben</translation>
    </message>
    <message>
        <source>f and F (fractions of a second) are for values, not file names</source>
        <translation>f en F (fracties van een seconde) zijn bedoeld voor waarden, niet voor bestandsnamen</translation>
    </message>
    <message>
        <source>more than %1 different outreach property names and value ids: not outreach properties as Civitas sends them</source>
        <translation>meer dan %1 verschillende namen en waarde-id&apos;s van outreacheigenschappen: dit zijn geen outreacheigenschappen zoals Civitas ze verstuurt</translation>
    </message>
    <message>
        <source>Files: %1 listed, %2 taken in, %3 failed.</source>
        <translation>Bestanden: %1 gevonden, %2 opgehaald, %3 mislukt.</translation>
    </message>
    <message>
        <source>Messages: %1 taken, %2 already taken before, %3 kept as unreadable.</source>
        <translation>Berichten: %1 opgehaald, %2 al eerder opgehaald, %3 als onleesbaar bewaard.</translation>
    </message>
    <message>
        <source>Fix the cause above, then consume again: writeback-cli queue consume %1. Messages that were not stored stay on the queue and are taken next time; messages already stored are recognised and never taken in twice.</source>
        <translation>Verhelp de oorzaak hierboven en lees de wachtrij daarna opnieuw uit: writeback-cli queue consume %1. Berichten die niet zijn opgeslagen, blijven in de wachtrij en worden de volgende keer opgehaald; berichten die al zijn opgeslagen, worden herkend en nooit twee keer opgehaald.</translation>
    </message>
    <message>
        <source>manual</source>
        <comment>how a run was started</comment>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>schedule</source>
        <comment>how a run was started</comment>
        <translation>gepland</translation>
    </message>
    <message>
        <source>retry</source>
        <comment>how a run was started</comment>
        <translation>nieuwe poging</translation>
    </message>
    <message>
        <source>redelivery</source>
        <comment>how a run was started</comment>
        <translation>heraflevering</translation>
    </message>
    <message>
        <source>Writeback Studio: consume %1 failed</source>
        <translation>Writeback Studio: uitlezen %1 mislukt</translation>
    </message>
    <message>
        <source>Writeback Studio: consume %1 completed</source>
        <translation>Writeback Studio: uitlezen %1 voltooid</translation>
    </message>
    <message>
        <source>The entry an older version registered for %1 could not be removed: %2</source>
        <translation>De vermelding die een oudere versie voor %1 had geregistreerd, kon niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; has no deleted records to send: the &quot;deleted&quot; increment reads datasets that a deleted-records export marks (%2).</source>
        <translation>De dataset &quot;%1&quot; heeft geen verwijderde records om te verzenden: het increment &quot;deleted&quot; leest datasets die een export van verwijderde records markeert (%2).</translation>
    </message>
    <message>
        <source>&quot;lookup.match&quot; must be an array of {&quot;field&quot;: ..., &quot;lookup_field&quot;: ...}</source>
        <translation>&quot;lookup.match&quot; moet een array zijn van {&quot;field&quot;: ..., &quot;lookup_field&quot;: ...}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;field&quot; and &quot;lookup_field&quot;</source>
        <translation>&quot;%1&quot; moet een object zijn met &quot;field&quot; en &quot;lookup_field&quot;</translation>
    </message>
    <message>
        <source>The lookup has no dataset.</source>
        <translation>De opzoeking heeft geen dataset.</translation>
    </message>
    <message>
        <source>The lookup of &quot;%1&quot; matches on no field.</source>
        <translation>De opzoeking in &quot;%1&quot; koppelt op geen enkel veld.</translation>
    </message>
    <message>
        <source>The lookup dataset &quot;%1&quot; does not exist.</source>
        <translation>De opzoekdataset &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The lookup matches on &quot;%1&quot;, which dataset &quot;%2&quot; does not have.</source>
        <translation>De opzoeking koppelt op &quot;%1&quot;, dat dataset &quot;%2&quot; niet heeft.</translation>
    </message>
    <message>
        <source>The lookup matches %1 (%2) with %3 (%4): values of different types never match.</source>
        <translation>De opzoeking koppelt %1 (%2) aan %3 (%4): waarden van verschillende typen komen nooit overeen.</translation>
    </message>
    <message>
        <source>expected an outreach message object, or an array of them</source>
        <translation>een outreachbericht-object of een array daarvan verwacht</translation>
    </message>
    <message>
        <source>%1: cannot read the header map: %2</source>
        <translation>%1: kan de kopregeltabel niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: a header map has one line a column; this file is %2 bytes</source>
        <translation>%1: een kopregeltabel heeft één regel per kolom; dit bestand is %2 bytes</translation>
    </message>
    <message>
        <source>expected their header and the field separated by a comma, found a semicolon or tab</source>
        <translation>verwacht: hun kop en het veld gescheiden door een komma; gevonden: een puntkomma of tab</translation>
    </message>
    <message>
        <source>expected two columns, their header (or #position) and the field, found %1</source>
        <translation>verwacht: twee kolommen, hun kop (of #positie) en het veld; gevonden: %1</translation>
    </message>
    <message>
        <source>column positions start at #1</source>
        <translation>kolomposities beginnen bij #1</translation>
    </message>
    <message>
        <source>their header is empty</source>
        <translation>hun kop is leeg</translation>
    </message>
    <message>
        <source>the field for &quot;%1&quot; is empty</source>
        <translation>het veld voor “%1” is leeg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped already on line %2</source>
        <translation>“%1” is al toegewezen op regel %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is mapped to already on line %2: a field takes one column</source>
        <translation>het veld “%1” is al het doel van regel %2: een veld neemt één kolom</translation>
    </message>
    <message>
        <source>%1: the header map is empty: write one line a column, their header and the field, such as E-mail,email_address</source>
        <translation>%1: de kopregeltabel is leeg: schrijf één regel per kolom, hun kop en het veld, zoals E-mail,email_address</translation>
    </message>
    <message>
        <source>A header map names the fields of one dataset: say which with --as.</source>
        <translation>Een kopregeltabel noemt de velden van één dataset: geef aan welke met --as.</translation>
    </message>
    <message>
        <source>%1 is read from JSON, whose fields have no header to map.</source>
        <translation>%1 wordt uit JSON gelezen, waarvan de velden geen kop hebben om toe te wijzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name: use lower-case letters, digits and &apos;_&apos; (such as %2)</source>
        <translation>“%1” is geen veldnaam: gebruik kleine letters, cijfers en ‘_’ (zoals %2)</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (its fields: %3; a column after its %4 documented ones may take a name of your own)</source>
        <translation>%1 heeft geen veld “%2” (de velden: %3; een kolom na de %4 gedocumenteerde mag een eigen naam krijgen)</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (its fields: %3)</source>
        <translation>%1 heeft geen veld “%2” (de velden: %3)</translation>
    </message>
    <message>
        <source>%1: without a header row only a format that may come without one is recognised, by its name and its number of columns (Deployteq&apos;s); name the dataset (CLI: --as NAME).</source>
        <translation>%1: zonder kopregel wordt alleen een formaat herkend dat zonder kan komen, aan zijn naam en aantal kolommen (dat van Deployteq); noem de dataset (CLI: --as NAAM).</translation>
    </message>
    <message>
        <source>the file has %1 column(s) and no header row: %2 lacks its field(s) %3 (a header map can place them: #POSITION,field)</source>
        <translation>het bestand heeft %1 kolom(men) en geen kopregel: %2 mist het veld of de velden %3 (een kopregeltabel kan ze plaatsen: #POSITIE,veld)</translation>
    </message>
    <message numerus="yes">
        <source>with %n warning(s)</source>
        <translation>
            <numerusform>met %n waarschuwing</numerusform>
            <numerusform>met %n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
</context>
<context>
    <name>wb::AmqpReceiver</name>
    <message>
        <source>The broker has no queue at this address: %1</source>
        <translation>De broker heeft geen wachtrij op dit adres: %1</translation>
    </message>
    <message>
        <source>The user may not read from this queue: %1</source>
        <translation>De gebruiker mag niet uit deze wachtrij lezen: %1</translation>
    </message>
    <message>
        <source>The broker refused the user name or password: %1</source>
        <translation>De broker heeft de gebruikersnaam of het wachtwoord geweigerd: %1</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>De TLS-handshake is mislukt: %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker: %1</source>
        <translation>Kan de broker niet bereiken: %1</translation>
    </message>
    <message>
        <source>The broker ended the session: %1</source>
        <translation>De broker heeft de sessie beëindigd: %1</translation>
    </message>
    <message>
        <source>the message&apos;s body is an AMQP %1, not JSON text</source>
        <translation>de inhoud van het bericht is een AMQP %1, geen JSON-tekst</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The broker did not open the queue within %1 s.</source>
        <translation>De broker heeft de wachtrij niet binnen %1 s geopend.</translation>
    </message>
    <message>
        <source>The broker did not answer within %1 s.</source>
        <translation>De broker heeft niet binnen %1 s geantwoord.</translation>
    </message>
    <message>
        <source>The AMQP client failed: %1</source>
        <translation>Fout in de AMQP-client: %1</translation>
    </message>
</context>
<context>
    <name>wb::Archive</name>
    <message>
        <source>the entry has no name</source>
        <translation>het item heeft geen naam</translation>
    </message>
    <message>
        <source>the name holds a control character (U+%1)</source>
        <translation>de naam bevat een stuurteken (U+%1)</translation>
    </message>
    <message>
        <source>the name holds &quot;\&quot;, which separates folders on Windows</source>
        <translation>de naam bevat &quot;\&quot;, dat in Windows mappen van elkaar scheidt</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>de naam is een absoluut pad</translation>
    </message>
    <message>
        <source>the name starts with a drive (&quot;%1&quot;)</source>
        <translation>de naam begint met een station (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the name climbs out of the archive with &quot;..&quot;</source>
        <translation>de naam verwijst met &quot;..&quot; naar een plek buiten het archief</translation>
    </message>
    <message>
        <source>the name is not a file&apos;s</source>
        <translation>de naam is niet die van een bestand</translation>
    </message>
    <message>
        <source>its header says it expands from %1 to %2 bytes, more than %3 times; refused as a possible zip bomb</source>
        <translation>volgens de header groeit het bij het uitpakken van %1 naar %2 bytes, meer dan %3 keer zo groot; geweigerd als mogelijke zipbom</translation>
    </message>
    <message>
        <source>it expanded past %1 bytes, more than %2 times its %3 compressed bytes; refused as a possible zip bomb</source>
        <translation>het werd bij het uitpakken groter dan %1 bytes, meer dan %2 keer de %3 gecomprimeerde bytes; geweigerd als mogelijke zipbom</translation>
    </message>
    <message>
        <source>the archive expanded past %1 bytes, more than %2 times its %3 bytes; refused as a possible zip bomb</source>
        <translation>het archief werd bij het uitpakken groter dan %1 bytes, meer dan %2 keer de eigen %3 bytes; geweigerd als mogelijke zipbom</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>cannot write the unpacked file: %1</source>
        <translation>kan het uitgepakte bestand niet schrijven: %1</translation>
    </message>
</context>
<context>
    <name>wb::Catalog</name>
    <message>
        <source>&quot;%1&quot; is not a valid dataset name: use lower-case letters, digits and single &apos;_&apos;, optionally as vendor.kind.</source>
        <translation>&quot;%1&quot; is geen geldige datasetnaam: gebruik kleine letters, cijfers en losse &apos;_&apos;, eventueel als leverancier.soort.</translation>
    </message>
    <message>
        <source>the key field &quot;%1&quot; of %2 is not among its fields</source>
        <translation>het sleutelveld &quot;%1&quot; van %2 hoort niet bij de velden ervan</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 heeft geen veld &quot;%2&quot;.</translation>
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
    <message>
        <source>A queue is named &quot;%1&quot; already; choose another name for the connection.</source>
        <translation>Er is al een wachtrij met de naam &quot;%1&quot;; kies een andere naam voor de verbinding.</translation>
    </message>
</context>
<context>
    <name>wb::CronScheduler</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
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
    <message>
        <source> (line %1 showed this column&apos;s dates %2)</source>
        <translation> (op regel %1 stonden de datums van deze kolom %2)</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>met de dag eerst</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>met de maand eerst</translation>
    </message>
    <message>
        <source>column %1 (%2): &quot;%3&quot; could be day first or month first, and no date in this column shows which: set the date order of files like this one</source>
        <translation>kolom %1 (%2): bij &quot;%3&quot; kan de dag of de maand eerst staan, en geen enkele datum in deze kolom maakt duidelijk welke: stel de datumvolgorde in voor bestanden zoals dit</translation>
    </message>
</context>
<context>
    <name>wb::Deflater</name>
    <message>
        <source>Cannot start compressing the export file.</source>
        <translation>Kan het comprimeren van het exportbestand niet starten.</translation>
    </message>
    <message>
        <source>Compressing the export file failed.</source>
        <translation>Het comprimeren van het exportbestand is mislukt.</translation>
    </message>
</context>
<context>
    <name>wb::Delivery</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Er is geen verbinding met de naam &quot;%1&quot;.</translation>
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
    <name>wb::ExportDefinition</name>
    <message>
        <source>The definition is not valid JSON: %1 at offset %2.</source>
        <translation>De definitie is geen geldige JSON: %1 op positie %2.</translation>
    </message>
    <message>
        <source>The definition must be a JSON object.</source>
        <translation>De definitie moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>The export name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>De exportnaam &quot;%1&quot; is ongeldig: gebruik 1 tot 64 letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; is missing</source>
        <translation>&quot;columns&quot; ontbreekt</translation>
    </message>
</context>
<context>
    <name>wb::ExportRunner</name>
    <message>
        <source>Interrupted before the file was delivered; its rows go with the next run.</source>
        <translation>Onderbroken voordat het bestand was afgeleverd; de rijen gaan mee met de volgende uitvoering.</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Er is geen export met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The export %1 is running already (run %2, %3).</source>
        <translation>De export %1 wordt al uitgevoerd (uitvoering %2, %3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was delivered.</source>
        <translation>Geannuleerd; er is niets afgeleverd.</translation>
    </message>
    <message>
        <source>Reading the dataset failed: %1</source>
        <translation>Het lezen van de dataset is mislukt: %1</translation>
    </message>
    <message>
        <source>Run %1 is not a completed run with a file.</source>
        <translation>Uitvoering %1 is geen voltooide uitvoering met een bestand.</translation>
    </message>
    <message>
        <source>The file of run %1 is no longer kept; run the export instead.</source>
        <translation>Het bestand van uitvoering %1 wordt niet meer bewaard; voer in plaats daarvan de export uit.</translation>
    </message>
    <message>
        <source>Cannot copy the kept file to %1.</source>
        <translation>Kan het bewaarde bestand niet naar %1 kopiëren.</translation>
    </message>
</context>
<context>
    <name>wb::ExportRunner::Impl</name>
    <message>
        <source>%1 was delivered before and the export is set not to add a number; nothing was delivered.</source>
        <translation>%1 is al eerder afgeleverd en de export is ingesteld om geen nummer toe te voegen; er is niets afgeleverd.</translation>
    </message>
    <message>
        <source>No free file name is left for this run.</source>
        <translation>Er is geen vrije bestandsnaam meer voor deze uitvoering.</translation>
    </message>
    <message>
        <source>The server did not confirm that %1 arrived. The next run checks for it before sending anything.</source>
        <translation>De server heeft niet bevestigd dat %1 is aangekomen. De volgende uitvoering controleert dat voordat er iets wordt verzonden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The server did not confirm that %1 arrived.</source>
        <translation>De server bevestigde niet dat %1 is aangekomen.</translation>
    </message>
    <message>
        <source>%1 was delivered, but its manifest was not: %2</source>
        <translation>%1 is geleverd, maar het manifest niet: %2</translation>
    </message>
</context>
<context>
    <name>wb::ExportStore</name>
    <message>
        <source>Cannot save the export %1: %2</source>
        <translation>Kan de export %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Cannot remove the export %1: %2</source>
        <translation>Kan de export %1 niet verwijderen: %2</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Er is geen export met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Another export is named &quot;%1&quot; already.</source>
        <translation>Er is al een andere export met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Cannot rename the export %1: %2</source>
        <translation>Kan de export %1 niet hernoemen: %2</translation>
    </message>
    <message>
        <source>Cannot change run %1: %2</source>
        <translation>Kan run %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <source>Cannot index the lookup dataset %1: %2</source>
        <translation>Kan de opzoekdataset %1 niet indexeren: %2</translation>
    </message>
</context>
<context>
    <name>wb::FileRecord</name>
    <message>
        <source>%1 (in %2)</source>
        <extracomment>a file, and the .gz or .zip archive it was delivered in</extracomment>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>wb::GzipArchive</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>not a gzip file: it does not start as one</source>
        <translation>geen gzip-bestand: het begint niet zoals een gzip-bestand</translation>
    </message>
    <message>
        <source>not a gzip file this program can read: compression method %1</source>
        <translation>geen gzip-bestand dat dit programma kan lezen: compressiemethode %1</translation>
    </message>
    <message>
        <source>cannot start unpacking</source>
        <translation>kan het uitpakken niet starten</translation>
    </message>
    <message>
        <source>damaged: unexpected bytes after the compressed data</source>
        <translation>beschadigd: onverwachte bytes na de gecomprimeerde gegevens</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschadigd: %1</translation>
    </message>
    <message>
        <source>the gzip file ends early: it was cut off</source>
        <translation>het gzip-bestand eindigt te vroeg: het is afgekapt</translation>
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
    <message>
        <source>the archive holds no files to take in</source>
        <translation>het archief bevat geen bestanden om op te halen</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>kan geen tijdelijke map aanmaken: %1</translation>
    </message>
    <message>
        <source>%1, so it was not unpacked</source>
        <translation>%1, dus het is niet uitgepakt</translation>
    </message>
    <message>
        <source>cannot write the unpacked file: %1</source>
        <translation>kan het uitgepakte bestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is kept by the workspace from other datasets; files cannot be taken into it.</source>
        <translation>&quot;%1&quot; wordt door de werkruimte bijgehouden vanuit andere datasets; er kunnen geen bestanden in worden opgehaald.</translation>
    </message>
</context>
<context>
    <name>wb::IntakeRule</name>
    <message>
        <source>The pattern is empty.</source>
        <translation>Het patroon is leeg.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; must be a file name pattern (such as *.csv), or a path under the read path (such as */opens_*.csv), without &apos;..&apos;, &apos;\&apos; or a leading or trailing &apos;/&apos;.</source>
        <translation>Het patroon &quot;%1&quot; moet een patroon voor bestandsnamen zijn (zoals *.csv) of een pad onder de leesmap (zoals */opens_*.csv), zonder &apos;..&apos;, &apos;\&apos; of een &apos;/&apos; aan het begin of einde.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not a valid glob: a &apos;[&apos; has no closing &apos;]&apos;.</source>
        <translation>Het patroon &quot;%1&quot; is geen geldige glob: een &apos;[&apos; heeft geen afsluitende &apos;]&apos;.</translation>
    </message>
    <message>
        <source>The subfolder depth must be between 0 and %1.</source>
        <translation>De submapdiepte moet tussen 0 en %1 liggen.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; reaches %2 folder(s) down: set the subfolder depth to at least that.</source>
        <translation>Het patroon &quot;%1&quot; reikt %2 map(pen) diep: stel de submapdiepte op minstens dat aantal in.</translation>
    </message>
    <message>
        <source>archive= needs the folder on the server to move taken-in files to.</source>
        <translation>archive= heeft de map op de server nodig waarnaar opgehaalde bestanden worden verplaatst.</translation>
    </message>
    <message>
        <source>The archive folder &quot;%1&quot; must not hold &apos;..&apos; or &apos;\&apos;.</source>
        <translation>De archiefmap &quot;%1&quot; mag geen &apos;..&apos; of &apos;\&apos; bevatten.</translation>
    </message>
    <message>
        <source>There is no dataset &quot;%1&quot;. Known ones of this platform: %2.</source>
        <translation>Er is geen dataset &quot;%1&quot;. Bekende datasets van dit platform: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid dataset name: use lower-case letters, digits, &apos;_&apos; and at most one &apos;.&apos;.</source>
        <translation>&quot;%1&quot; is geen geldige datasetnaam: gebruik kleine letters, cijfers, &apos;_&apos; en hoogstens één &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The separator must be a comma, semicolon, tab or pipe.</source>
        <translation>Het scheidingsteken moet een komma, puntkomma, tab of verticale streep zijn.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, windows-1252, iso-8859-1, utf-16le or utf-16be.</source>
        <translation>Onbekende codering “%1”: gebruik utf-8, windows-1252, iso-8859-1, utf-16le of utf-16be.</translation>
    </message>
</context>
<context>
    <name>wb::IntakeRuleStore</name>
    <message>
        <source>Could not save the rule: %1</source>
        <translation>Kan de regel niet opslaan: %1</translation>
    </message>
    <message>
        <source>The connection has no rules.</source>
        <translation>De verbinding heeft geen regels.</translation>
    </message>
    <message>
        <source>There is no rule %1: the connection&apos;s rules are numbered 1 to %2.</source>
        <translation>Er is geen regel %1: de regels van de verbinding zijn genummerd van 1 tot en met %2.</translation>
    </message>
    <message>
        <source>Could not remove the rule: %1</source>
        <translation>Kan de regel niet verwijderen: %1</translation>
    </message>
    <message>
        <source>Could not move the rule: %1</source>
        <translation>Kan de regel niet verplaatsen: %1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Could not save the rules: %1</source>
        <translation>Kan de regels niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>wb::JobKeys</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Er is geen verbinding met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Er is geen wachtrij met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Er is geen export met de naam &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>wb::JobRunner</name>
    <message>
        <source>%1 ran for this slot already.</source>
        <translation>%1 is voor dit tijdslot al uitgevoerd.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Er is geen verbinding met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no %1 run %2.</source>
        <translation>Er is geen %1-uitvoering %2.</translation>
    </message>
    <message>
        <source>Run %1 did not fail; only failed runs are retried.</source>
        <translation>Uitvoering %1 is niet mislukt; alleen mislukte uitvoeringen worden opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>There is no export run %1.</source>
        <translation>Er is geen exportrun %1.</translation>
    </message>
    <message>
        <source>Interrupted: the process taking the files in ended before it finished. The files it had taken in are kept; the others are taken in by the next fetch.</source>
        <translation>Onderbroken: het proces dat de bestanden inlas stopte voordat het klaar was. De al ingelezen bestanden blijven behouden; de andere worden bij de volgende ophaling ingelezen.</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Er is geen wachtrij met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No password was found: set WRITEBACK_QUEUE_PASSWORD or keep it in the keychain (writeback-cli queue add). %1</source>
        <translation>Er is geen wachtwoord gevonden: stel WRITEBACK_QUEUE_PASSWORD in of bewaar het in de sleutelhanger (writeback-cli queue add). %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read and were kept aside (writeback-cli queue replay): </source>
        <translation>
            <numerusform>%n bericht kon niet worden gelezen en is apart bewaard (writeback-cli queue replay): </numerusform>
            <numerusform>%n berichten konden niet worden gelezen en zijn apart bewaard (writeback-cli queue replay): </numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: the process taking messages from the queue ended before it finished. The messages it had stored are kept; the others are still on the queue for the next consume.</source>
        <translation>Onderbroken: het proces dat berichten uit de wachtrij ophaalde, stopte voordat het klaar was. De al opgeslagen berichten blijven behouden; de andere staan nog in de wachtrij en worden bij het volgende uitlezen opgehaald.</translation>
    </message>
</context>
<context>
    <name>wb::JsonTree::Parser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>onverwachte tekst na de JSON-waarde</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>de tekst eindigt waar een waarde werd verwacht</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>een waarde verwacht</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>meer dan %1 niveaus diep genest</translation>
    </message>
    <message>
        <source>expected a member&apos;s name in double quotes</source>
        <translation>de naam van een lid tussen dubbele aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member&apos;s name</source>
        <translation>&apos;:&apos; verwacht na de naam van het lid</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the member</source>
        <translation>&apos;,&apos; of &apos;}&apos; verwacht na het lid</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after the element</source>
        <translation>&apos;,&apos; of &apos;]&apos; verwacht na het element</translation>
    </message>
    <message>
        <source>a string without its closing double quote</source>
        <translation>een tekenreeks zonder afsluitend dubbel aanhalingsteken</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after \u</source>
        <translation>vier hexadecimale cijfers verwacht na \u</translation>
    </message>
    <message>
        <source>a string that is not valid UTF-8</source>
        <translation>een tekenreeks die geen geldige UTF-8 is</translation>
    </message>
    <message>
        <source>expected a digit in the number</source>
        <translation>een cijfer in het getal verwacht</translation>
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
    <name>wb::LaunchdScheduler</name>
    <message>
        <source>launchctl is not in PATH</source>
        <translation>launchctl staat niet in PATH</translation>
    </message>
    <message>
        <source>launchd runs on macOS only</source>
        <translation>launchd werkt alleen op macOS</translation>
    </message>
    <message>
        <source>files only, launchctl not asked</source>
        <translation>alleen bestanden, launchctl niet aangeroepen</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
</context>
<context>
    <name>wb::LocalDelivery</name>
    <message>
        <source>%1 exists already; it was not overwritten.</source>
        <translation>%1 bestaat al; het is niet overschreven.</translation>
    </message>
    <message>
        <source>Cannot move the file to %1: %2</source>
        <translation>Kan het bestand niet naar %1 verplaatsen: %2</translation>
    </message>
    <message>
        <source>The folder %1 is not there (a share not mounted?).</source>
        <translation>De map %1 is er niet (een niet-gekoppelde share?).</translation>
    </message>
</context>
<context>
    <name>wb::MailSettings</name>
    <message>
        <source>No SMTP server is set.</source>
        <translation>Er is geen SMTP-server ingesteld.</translation>
    </message>
    <message>
        <source>The port %1 is not a TCP port.</source>
        <translation>Poort %1 is geen geldige TCP-poort.</translation>
    </message>
    <message>
        <source>No sender (From) address is set.</source>
        <translation>Er is geen afzenderadres (From) ingesteld.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an e-mail address.</source>
        <translation>Het afzenderadres &quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>No recipient is set.</source>
        <translation>Er is geen ontvanger ingesteld.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address.</source>
        <translation>De ontvanger &quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>The timeout must be at least one second.</source>
        <translation>De time-out moet minstens één seconde zijn.</translation>
    </message>
    <message>
        <source>The accepted certificate fingerprint must be a SHA-256 fingerprint: 32 bytes in hex.</source>
        <translation>De geaccepteerde certificaatvingerafdruk moet een SHA-256-vingerafdruk zijn: 32 bytes in hex.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; moet tekst zijn.</translation>
    </message>
    <message>
        <source>&quot;security&quot; must be none, starttls or tls.</source>
        <translation>&quot;security&quot; moet none, starttls of tls zijn.</translation>
    </message>
    <message>
        <source>The SMTP password does not belong in the settings: keep it in the keychain or in WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Het SMTP-wachtwoord hoort niet in de instellingen: bewaar het in de sleutelhanger of in WRITEBACK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a number from 0 to 65535.</source>
        <translation>&quot;port&quot; moet een getal van 0 tot en met 65535 zijn.</translation>
    </message>
    <message>
        <source>&quot;timeout_seconds&quot; must be a positive number.</source>
        <translation>&quot;timeout_seconds&quot; moet een positief getal zijn.</translation>
    </message>
</context>
<context>
    <name>wb::MessageLedger</name>
    <message>
        <source>message %1: %2</source>
        <translation>bericht %1: %2</translation>
    </message>
    <message>
        <source>message %1, line %2, column %3: %4</source>
        <translation>bericht %1, regel %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>berichten</translation>
    </message>
    <message>
        <source>replayed messages</source>
        <translation>opnieuw ingelezen berichten</translation>
    </message>
</context>
<context>
    <name>wb::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Kan de map %1 niet privé maken.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private.</source>
        <translation>Kan %1 niet privé maken.</translation>
    </message>
</context>
<context>
    <name>wb::QueueConnection</name>
    <message>
        <source>The name must start with a letter or digit and hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>De naam moet met een letter of cijfer beginnen en mag alleen letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos; bevatten (maximaal 64 tekens).</translation>
    </message>
    <message>
        <source>The URL is empty; it looks like amqps://HOST:5671.</source>
        <translation>De URL is leeg; een URL ziet eruit als amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AMQP URL; it looks like amqps://HOST:5671.</source>
        <translation>&quot;%1&quot; is geen AMQP-URL; een AMQP-URL ziet eruit als amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password: give the user name on its own; the password is kept in the system keychain.</source>
        <translation>De URL mag geen gebruikersnaam of wachtwoord bevatten: geef de gebruikersnaam apart op; het wachtwoord wordt bewaard in de systeemsleutelhanger.</translation>
    </message>
    <message>
        <source>The URL must not hold a path: give the queue as its address.</source>
        <translation>De URL mag geen pad bevatten: geef de wachtrij op als adres.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>De poort moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>De gebruikersnaam is leeg.</translation>
    </message>
    <message>
        <source>The queue&apos;s address is empty.</source>
        <translation>Het adres van de wachtrij is leeg.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Het CA-bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>A CA file is only used with amqps:// URLs.</source>
        <translation>Een CA-bestand wordt alleen gebruikt bij amqps://-URL&apos;s.</translation>
    </message>
    <message>
        <source>On Windows the broker&apos;s certificate cannot be checked against a CA file (%1): Windows&apos; TLS, which the queue client uses, trusts only the CAs in the Windows certificate store. Install the CA there (open the file, Install Certificate, Trusted Root Certification Authorities; or certutil -user -addstore Root FILE), then clear the queue&apos;s CA file: in its editor, or by removing the queue (writeback-cli queue remove NAME) and adding it again without --ca-file.</source>
        <translation>Onder Windows kan het certificaat van de broker niet met een CA-bestand (%1) worden gecontroleerd: de TLS van Windows, die de wachtrijclient gebruikt, vertrouwt alleen de CA&apos;s in het Windows-certificaatarchief. Installeer de CA daar (open het bestand, Certificaat installeren, Vertrouwde basiscertificeringsinstanties; of certutil -user -addstore Root BESTAND) en maak daarna het CA-bestand van de wachtrij leeg: in de editor ervan, of door de wachtrij te verwijderen (writeback-cli queue remove NAAM) en opnieuw toe te voegen zonder --ca-file.</translation>
    </message>
</context>
<context>
    <name>wb::QueueDoctor</name>
    <message>
        <source>Resolve the broker&apos;s domain</source>
        <translation>Domeinnaam van de broker opzoeken</translation>
    </message>
    <message>
        <source>Check the URL for typos. Try `nslookup &lt;domain&gt;` on this computer; a company DNS or VPN may hide it.</source>
        <translation>Controleer de URL op typefouten. Probeer `nslookup &lt;domain&gt;` op deze computer; een bedrijfs-DNS of VPN kan het domein verbergen.</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Verbinden (TCP)</translation>
    </message>
    <message>
        <source>Check the port (5671 for amqps, 5672 for amqp) and whether a firewall blocks it. Civitas only lets listed IP addresses in: send them this computer&apos;s public address.</source>
        <translation>Controleer de poort (5671 voor amqps, 5672 voor amqp) en of een firewall deze blokkeert. Civitas laat alleen geregistreerde IP-adressen toe: geef Civitas het openbare adres van deze computer door.</translation>
    </message>
    <message>
        <source>TLS handshake and the broker&apos;s certificate</source>
        <translation>TLS-handshake en het certificaat van de broker</translation>
    </message>
    <message>
        <source>The certificate must be valid today, name the broker&apos;s domain, and come from a CA this computer trusts; for a private CA, give its PEM file as the connection&apos;s CA file.</source>
        <translation>Het certificaat moet vandaag geldig zijn, het domein van de broker vermelden en afkomstig zijn van een CA die deze computer vertrouwt; geef bij een privé-CA het PEM-bestand daarvan op als CA-bestand van de verbinding.</translation>
    </message>
    <message>
        <source>Log in (SASL PLAIN)</source>
        <translation>Aanmelden (SASL PLAIN)</translation>
    </message>
    <message>
        <source>Check the user name and password the platform gave you; save the password again with the queue&apos;s editor or writeback-cli queue add.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord die u van het platform hebt gekregen; sla het wachtwoord opnieuw op in het bewerkvenster van de wachtrij of met writeback-cli queue add.</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>Wachtrij openen</translation>
    </message>
    <message>
        <source>Check the queue&apos;s address with the platform. Amazon MQ for ActiveMQ takes the queue&apos;s name; RabbitMQ 4 takes /queues/NAME. The user also needs permission to read from it.</source>
        <translation>Controleer het adres van de wachtrij bij het platform. Amazon MQ for ActiveMQ verwacht de naam van de wachtrij; RabbitMQ 4 verwacht /queues/NAME. De gebruiker moet er ook uit mogen lezen.</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Wachtende berichten</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid from %3 to %4</source>
        <translation>%1, uitgegeven door %2, geldig van %3 tot %4</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 is niet gevonden in DNS: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>Nothing answers at %1 port %2: %3</source>
        <translation>Er antwoordt niets op %1, poort %2: %3</translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections.</source>
        <translation>Poort %2 van %1 accepteert verbindingen.</translation>
    </message>
    <message>
        <source>amqp:// has no TLS: the password and every message cross the network readable. Use it only for a broker on this computer; Amazon MQ takes amqps://HOST:5671.</source>
        <translation>amqp:// gebruikt geen TLS: het wachtwoord en elk bericht gaan leesbaar over het netwerk. Gebruik het alleen voor een broker op deze computer; Amazon MQ verwacht amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>This computer&apos;s Qt has no TLS support to check the certificate with; the login step still uses TLS.</source>
        <translation>De Qt-installatie van deze computer heeft geen TLS-ondersteuning om het certificaat te controleren; de aanmeldstap gebruikt wel TLS.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <source>no certificate was received</source>
        <translation>er is geen certificaat ontvangen</translation>
    </message>
    <message>
        <source>%1. Certificate: %2.</source>
        <translation>%1. Certificaat: %2.</translation>
    </message>
    <message>
        <source>%1, %2. Certificate: %3.</source>
        <translation>%1, %2. Certificaat: %3.</translation>
    </message>
    <message>
        <source>No password: none is kept in the keychain for this queue and WRITEBACK_QUEUE_PASSWORD is not set.</source>
        <translation>Geen wachtwoord: voor deze wachtrij is er geen bewaard in de sleutelhanger en WRITEBACK_QUEUE_PASSWORD is niet ingesteld.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>The broker did not open the queue.</source>
        <translation>De broker heeft de wachtrij niet geopend.</translation>
    </message>
    <message>
        <source>The queue %1 is open for reading (nothing was taken).</source>
        <translation>De wachtrij %1 is geopend om te lezen (er is niets opgehaald).</translation>
    </message>
    <message>
        <source>The broker says %1 messages wait.</source>
        <translation>Volgens de broker wachten er %1 berichten.</translation>
    </message>
    <message>
        <source>The broker did not say how many messages wait; a consume takes them all.</source>
        <translation>De broker heeft niet gemeld hoeveel berichten er wachten; bij het uitlezen worden ze allemaal opgehaald.</translation>
    </message>
    <message>
        <source>The certificate must be valid today, name the broker&apos;s domain, and come from a CA this computer trusts; for a private CA, install it in the Windows certificate store (Trusted Root Certification Authorities).</source>
        <translation>Het certificaat moet vandaag geldig zijn, het domein van de broker noemen en afkomstig zijn van een CA die deze computer vertrouwt; installeer een eigen CA in het Windows-certificaatarchief (Vertrouwde basiscertificeringsinstanties).</translation>
    </message>
</context>
<context>
    <name>wb::QueueDoctorReport</name>
    <message>
        <source>Queue doctor: %1 (%2), %3
</source>
        <translation>Wachtrijdiagnose: %1 (%2), %3
</translation>
    </message>
    <message>
        <source>User: %1; CA file: %2

</source>
        <translation>Gebruiker: %1; CA-bestand: %2

</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>dat van het systeem</translation>
    </message>
    <message>
        <source>
Result: the queue can be read.
</source>
        <translation>
Resultaat: de wachtrij kan worden gelezen.
</translation>
    </message>
    <message>
        <source>
Result: the queue cannot be read.
</source>
        <translation>
Resultaat: de wachtrij kan niet worden gelezen.
</translation>
    </message>
</context>
<context>
    <name>wb::QueueStore</name>
    <message>
        <source>A queue named &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een wachtrij met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An SFTP connection is named &quot;%1&quot; already; choose another name for the queue.</source>
        <translation>Er is al een SFTP-verbinding met de naam &quot;%1&quot;; kies een andere naam voor de wachtrij.</translation>
    </message>
    <message>
        <source>Could not save the queue: %1</source>
        <translation>Kan de wachtrij niet opslaan: %1</translation>
    </message>
    <message>
        <source>Could not remove the queue: %1</source>
        <translation>Kan de wachtrij niet verwijderen: %1</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Er is geen wachtrij met de naam &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>wb::Ran</name>
    <message>
        <source>%1 could not run: %2</source>
        <translation>Kan %1 niet uitvoeren: %2</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 mislukt (afsluitcode %2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislukt: %2</translation>
    </message>
</context>
<context>
    <name>wb::RangedDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
</context>
<context>
    <name>wb::Reader</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; moet een tekenreeks zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; moet true of false zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot;; use one of %3</source>
        <translation>&quot;%1&quot; kan niet &quot;%2&quot; zijn; gebruik een van %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; moet een object zijn</translation>
    </message>
</context>
<context>
    <name>wb::Retention</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
    <message>
        <source>Keep files for %1 to %2 days; %3 is not possible.</source>
        <translation>Bewaar bestanden %1 tot %2 dagen; %3 is niet mogelijk.</translation>
    </message>
    <message>
        <source>Cannot save the setting: %1</source>
        <translation>Kan de instelling niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>wb::ScheduleRule</name>
    <message>
        <source>The schedule needs a start time (--from).</source>
        <translation>De planning heeft een begintijd nodig (--from).</translation>
    </message>
    <message>
        <source>The schedule needs a time of day.</source>
        <translation>De planning heeft een tijdstip nodig.</translation>
    </message>
    <message>
        <source>Every N hours takes 1 to 23 hours, not %1.</source>
        <translation>&quot;Elke N uur&quot; accepteert 1 tot 23 uur, niet %1.</translation>
    </message>
    <message>
        <source>Every N days takes 1 to 365 days, not %1.</source>
        <translation>&quot;Om de N dagen&quot; accepteert 1 tot 365 dagen, niet %1.</translation>
    </message>
    <message>
        <source>An every-N-days schedule needs the day it counts from.</source>
        <translation>Een planning &quot;om de N dagen&quot; heeft de dag nodig vanaf waar wordt geteld.</translation>
    </message>
    <message>
        <source>A weekly schedule needs at least one day.</source>
        <translation>Een wekelijkse planning heeft minstens één dag nodig.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Onbekende tijdzone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Elke dag om %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) from %1</source>
        <translation>
            <numerusform>Elk uur vanaf %1</numerusform>
            <numerusform>Elke %n uur vanaf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>Elke %1 om %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) at %1</source>
        <translation>
            <numerusform>Elke dag om %1</numerusform>
            <numerusform>Om de %n dagen om %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown schedule kind &quot;%1&quot;.</source>
        <translation>Onbekend planningstype &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:mm).</source>
        <translation>&quot;%1&quot; is geen tijdstip (HH:mm).</translation>
    </message>
    <message>
        <source>The schedule&apos;s interval must be a whole number.</source>
        <translation>Het interval van de planning moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>Unknown day &quot;%1&quot;.</source>
        <translation>Onbekende dag &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>&quot;%1&quot; is geen datum (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Give one of --daily, --every, --weekly or --every-days.</source>
        <translation>Geef een van --daily, --every, --weekly of --every-days op.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Brussels.</source>
        <translation>Onbekende tijdzone &quot;%1&quot;; gebruik een IANA-naam zoals Europe/Brussels.</translation>
    </message>
    <message>
        <source>%1 needs a time (HH:mm).</source>
        <translation>%1 verwacht een tijd (HH:mm).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:mm, 00:00 to 23:59).</source>
        <translation>&quot;%1&quot; is geen tijdstip (HH:mm, 00:00 tot en met 23:59).</translation>
    </message>
    <message>
        <source>--daily takes its time itself: --daily 06:00.</source>
        <translation>--daily krijgt de tijd zelf mee: --daily 06:00.</translation>
    </message>
    <message>
        <source>--every takes --from, not --at.</source>
        <translation>--every gebruikt --from, niet --at.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours (for example 8h).</source>
        <translation>&quot;%1&quot; is geen aantal uren (bijvoorbeeld 8h).</translation>
    </message>
    <message>
        <source>--every takes 1 to 23 hours, not %1.</source>
        <translation>--every accepteert 1 tot 23 uur, niet %1.</translation>
    </message>
    <message>
        <source>--weekly takes --at, not --from.</source>
        <translation>--weekly gebruikt --at, niet --from.</translation>
    </message>
    <message>
        <source>Unknown day &quot;%1&quot;; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Onbekende dag &quot;%1&quot;; gebruik mon, tue, wed, thu, fri, sat of sun.</translation>
    </message>
    <message>
        <source>--weekly needs at least one day, for example mon,thu.</source>
        <translation>--weekly heeft minstens één dag nodig, bijvoorbeeld mon,thu.</translation>
    </message>
    <message>
        <source>--every-days takes --at, not --from.</source>
        <translation>--every-days gebruikt --at, niet --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>&quot;%1&quot; is geen aantal dagen.</translation>
    </message>
    <message>
        <source>--every-days takes 1 to 365 days, not %1.</source>
        <translation>--every-days accepteert 1 tot 365 dagen, niet %1.</translation>
    </message>
</context>
<context>
    <name>wb::ScheduleStore</name>
    <message>
        <source>Cannot change the schedule of %1: %2</source>
        <translation>Kan de planning van %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <source>%1 has no schedule.</source>
        <translation>%1 heeft geen planning.</translation>
    </message>
    <message>
        <source>%1 names no export or connection of this workspace.</source>
        <translation>%1 verwijst naar geen export of verbinding van deze werkruimte.</translation>
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
    <message>
        <source>The connection %1 belongs to no workspace.</source>
        <translation>De verbinding %1 hoort bij geen enkele werkruimte.</translation>
    </message>
</context>
<context>
    <name>wb::Session</name>
    <message>
        <source>Sending the e-mail was cancelled.</source>
        <translation>Het verzenden van de e-mail is geannuleerd.</translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s.</source>
        <translation>%1: de server heeft niet binnen %2 s geantwoord.</translation>
    </message>
    <message>
        <source>%1: the server closed the connection.</source>
        <translation>%1: de server heeft de verbinding gesloten.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt&apos;s TLS backend (OpenSSL) could not be loaded.</source>
        <translation>TLS is niet beschikbaar: de TLS-backend van Qt (OpenSSL) kon niet worden geladen.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER).</source>
        <translation>Het CA-bestand %1 bevat geen certificaat (PEM of DER).</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Het CA-bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>Kan geen verbinding maken met %1:%2: %3</translation>
    </message>
    <message>
        <source>TLS handshake with %1:%2 failed: %3.</source>
        <translation>TLS-handshake met %1:%2 mislukt: %3.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for &quot;%1&quot;, issued by &quot;%2&quot;, with the fingerprint %3.</source>
        <translation>Het certificaat van de server is voor &quot;%1&quot;, uitgegeven door &quot;%2&quot;, met de vingerafdruk %3.</translation>
    </message>
    <message>
        <source>That is not the accepted certificate %1.</source>
        <translation>Dat is niet het geaccepteerde certificaat %1.</translation>
    </message>
    <message>
        <source>If you trust it, add the certificate of the authority that issued it as the CA file, or accept this fingerprint in the mail settings.</source>
        <translation>Als u het vertrouwt, voeg dan het certificaat van de instantie die het heeft uitgegeven toe als CA-bestand, of accepteer deze vingerafdruk in de e-mailinstellingen.</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-handshake</translation>
    </message>
    <message>
        <source>STARTTLS: the server sent more than its answer before the TLS handshake; refusing to go on.</source>
        <translation>STARTTLS: de server stuurde meer dan zijn antwoord vóór de TLS-handshake; er wordt niet verdergegaan.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not SMTP: %2</source>
        <translation>%1: het antwoord van de server is geen SMTP: %2</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer does not end.</source>
        <translation>%1: het antwoord van de server houdt niet op.</translation>
    </message>
    <message>
        <source>%1: cannot send: %2</source>
        <translation>%1: kan niet verzenden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislukt: %2</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection: choose STARTTLS or TLS in the mail settings.</source>
        <translation>Het wachtwoord wordt niet via een onversleutelde verbinding verzonden: kies STARTTLS of TLS in de e-mailinstellingen.</translation>
    </message>
    <message>
        <source>A user is set, but the server offers no login (AUTH) on this connection.</source>
        <translation>Er is een gebruiker ingesteld, maar de server biedt op deze verbinding geen aanmelding (AUTH) aan.</translation>
    </message>
    <message>
        <source>The server offers none of the login methods Writeback Studio knows (PLAIN, LOGIN); it offers %1.</source>
        <translation>De server biedt geen van de aanmeldmethoden aan die Writeback Studio kent (PLAIN, LOGIN); hij biedt %1 aan.</translation>
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
    <name>wb::SmtpClient</name>
    <message>
        <source>No SMTP server is set.</source>
        <translation>Er is geen SMTP-server ingesteld.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an e-mail address.</source>
        <translation>Het afzenderadres &quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address.</source>
        <translation>De ontvanger &quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>No recipient is set.</source>
        <translation>Er is geen ontvanger ingesteld.</translation>
    </message>
    <message>
        <source>No SMTP password for %1: store it in the keychain or set WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Geen SMTP-wachtwoord voor %1: bewaar het in de sleutelhanger of stel WRITEBACK_SMTP_PASSWORD in.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begroeting</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>De server heeft de verbinding geweigerd: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. Choose implicit TLS (usually port 465) if the server has it.</source>
        <translation>De server biedt geen STARTTLS aan, dus de verbinding kan niet worden versleuteld. Kies impliciete TLS (meestal poort 465) als de server dat ondersteunt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislukt: %2</translation>
    </message>
    <message>
        <source>An address is not plain ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
        <translation>Een adres is geen gewone ASCII en de server accepteert zulke adressen niet (geen SMTPUTF8).</translation>
    </message>
    <message>
        <source>The server did not accept the message: %1</source>
        <translation>De server heeft het bericht niet geaccepteerd: %1</translation>
    </message>
</context>
<context>
    <name>wb::SystemdScheduler</name>
    <message>
        <source>no systemd user manager: %1</source>
        <translation>geen systemd-gebruikersmanager: %1</translation>
    </message>
    <message>
        <source>files only, systemctl not asked</source>
        <translation>alleen bestanden, systemctl niet aangeroepen</translation>
    </message>
</context>
<context>
    <name>wb::TaskScheduler</name>
    <message>
        <source>schtasks is not in PATH</source>
        <translation>schtasks staat niet in PATH</translation>
    </message>
    <message>
        <source>files only, schtasks not asked</source>
        <translation>alleen bestanden, schtasks niet aangeroepen</translation>
    </message>
</context>
<context>
    <name>wb::Workspace</name>
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
    <message>
        <source>Cannot read the id of the workspace %1: %2</source>
        <translation>Kan de id van de werkruimte %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>wb::ZipArchive</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>not a zip archive this program takes in: its directory is larger than %1 bytes</source>
        <translation>geen zip-archief dat dit programma kan ophalen: de inhoudsopgave is groter dan %1 bytes</translation>
    </message>
    <message>
        <source>the entry is encrypted; only archives without a password can be taken in</source>
        <translation>het item is versleuteld; alleen archieven zonder wachtwoord kunnen worden opgehaald</translation>
    </message>
    <message>
        <source>the entry is compressed with method %1; only stored and deflated entries can be read</source>
        <translation>het item is gecomprimeerd met methode %1; alleen ongecomprimeerde items en items met deflate kunnen worden gelezen</translation>
    </message>
    <message>
        <source>damaged: the entry is larger than the archive says</source>
        <translation>beschadigd: het item is groter dan het archief aangeeft</translation>
    </message>
    <message>
        <source>cannot start unpacking</source>
        <translation>kan het uitpakken niet starten</translation>
    </message>
    <message>
        <source>damaged: the entry&apos;s compressed data ends early</source>
        <translation>beschadigd: de gecomprimeerde gegevens van het item eindigen te vroeg</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschadigd: %1</translation>
    </message>
    <message>
        <source>damaged: the entry&apos;s size or checksum does not match the archive&apos;s directory</source>
        <translation>beschadigd: de grootte of controlesom van het item komt niet overeen met de inhoudsopgave van het archief</translation>
    </message>
    <message>
        <source>not a complete zip archive: its directory is damaged or cut off</source>
        <translation>geen volledig zip-archief: de inhoudsopgave is beschadigd of afgekapt</translation>
    </message>
    <message>
        <source>not a zip archive: it has no zip directory at its end</source>
        <translation>geen zip-archief: er staat geen zip-inhoudsopgave aan het einde</translation>
    </message>
    <message>
        <source>the archive is split over several files; only single-file archives can be read</source>
        <translation>het archief is verdeeld over meerdere bestanden; alleen archieven uit één bestand kunnen worden gelezen</translation>
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
        <source>Files to take in.</source>
        <translation>De op te halen bestanden.</translation>
    </message>
    <message>
        <source>The dataset to take the files into.</source>
        <translation>De dataset waarin de bestanden worden opgehaald.</translation>
    </message>
    <message>
        <source>The quote character, or &apos;none&apos;.</source>
        <translation>Het aanhalingsteken, of &apos;none&apos;.</translation>
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
    <message>
        <source>There is no export named &quot;%1&quot; (see: writeback-cli export list).</source>
        <translation>Er is geen export met de naam &quot;%1&quot; (zie: writeback-cli export list).</translation>
    </message>
    <message>
        <source>Export %1 failed: %2</source>
        <translation>Export %1 mislukt: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>Nothing new: no file written.</source>
        <translation>Niets nieuws: geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %1: %n row(s)</source>
        <translation>
            <numerusform>%1 afgeleverd: %n rij</numerusform>
            <numerusform>%1 afgeleverd: %n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s).</source>
        <translation>
            <numerusform>%n byte.</numerusform>
            <numerusform>%n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves an export definition from a JSON file (docs/export-definition.md), adding it or replacing the export of the same name; a replaced export carries on from where it had got to.

writeback-cli export save FILE.json

Every problem is listed, each after the file&apos;s name; exits 1 when there is any.</source>
        <translation>Slaat een exportdefinitie op uit een JSON-bestand (docs/export-definition.md), als nieuwe export of ter vervanging van de export met dezelfde naam; een vervangen export gaat verder waar die gebleven was.

writeback-cli export save FILE.json

Elk probleem wordt vermeld, telkens na de naam van het bestand; eindigt met code 1 als er een is.</translation>
    </message>
    <message>
        <source>The definition.</source>
        <translation>De definitie.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Saved export %1.</source>
        <translation>Export %1 opgeslagen.</translation>
    </message>
    <message>
        <source>It replaces the earlier definition and carries on from where that had got to.</source>
        <translation>Deze vervangt de eerdere definitie en gaat verder waar die gebleven was.</translation>
    </message>
    <message>
        <source>Lists the exports with their dataset, increment, destination and last run.

writeback-cli export list [--json]</source>
        <translation>Toont de exports met hun dataset, increment, bestemming en laatste uitvoering.

writeback-cli export list [--json]</translation>
    </message>
    <message>
        <source>No exports yet (see: writeback-cli export save --help).</source>
        <translation>Nog geen exports (zie: writeback-cli export save --help).</translation>
    </message>
    <message>
        <source>last run: %1 %2</source>
        <translation>laatste uitvoering: %1 %2</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nooit uitgevoerd</translation>
    </message>
    <message>
        <source>Prints an export&apos;s definition as JSON, as `export save` reads it.

writeback-cli export show NAME</source>
        <translation>Toont de definitie van een export als JSON, zoals `export save` die leest.

writeback-cli export show NAME</translation>
    </message>
    <message>
        <source>The export.</source>
        <translation>De export.</translation>
    </message>
    <message>
        <source>Removes an export.

writeback-cli export remove NAME</source>
        <translation>Verwijdert een export.

writeback-cli export remove NAME</translation>
    </message>
    <message>
        <source>Removed export %1.</source>
        <translation>Export %1 verwijderd.</translation>
    </message>
    <message>
        <source>Prints the first rows of the file the next run would write, exactly as written (header row, quoting, line endings; uncompressed). When nothing is new, the dataset&apos;s latest rows are shown instead; stderr says which, and lists what Excel would mangle.

writeback-cli export preview NAME [--rows N]</source>
        <translation>Toont de eerste rijen van het bestand dat de volgende uitvoering zou schrijven, precies zoals geschreven (kopregel, aanhalingstekens, regeleinden; niet gecomprimeerd). Als er niets nieuws is, worden in plaats daarvan de laatste rijen van de dataset getoond; stderr vermeldt welke van de twee, en wat Excel zou verminken.

writeback-cli export preview NAME [--rows N]</translation>
    </message>
    <message>
        <source>How many rows (default 10).</source>
        <translation>Hoeveel rijen (standaard 10).</translation>
    </message>
    <message>
        <source>--rows must be a number of at least 1.</source>
        <translation>--rows moet een getal van minstens 1 zijn.</translation>
    </message>
    <message numerus="yes">
        <source>These are the first rows the next run will send; it would send %n row(s).</source>
        <translation>
            <numerusform>Dit zijn de eerste rijen die de volgende uitvoering verzendt; die zou %n rij verzenden.</numerusform>
            <numerusform>Dit zijn de eerste rijen die de volgende uitvoering verzendt; die zou %n rijen verzenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send: these are the dataset&apos;s latest rows.</source>
        <translation>Niets nieuws om te verzenden: dit zijn de laatste rijen van de dataset.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>Runs an export now: writes the rows its increment selects into a new file and delivers it. Each row is sent once: a run that finds nothing new writes no file.

writeback-cli export run NAME [--json]

Shows progress when stderr is a terminal. Exits 1 when the run failed (the reason is on stderr).</source>
        <translation>Voert een export nu uit: schrijft de rijen die het increment selecteert naar een nieuw bestand en levert dat af. Elke rij wordt één keer verzonden: een uitvoering die niets nieuws vindt, schrijft geen bestand.

writeback-cli export run NAME [--json]

Toont de voortgang als stderr een terminal is. Eindigt met code 1 als de uitvoering is mislukt (de reden staat op stderr).</translation>
    </message>
    <message>
        <source>Sends a completed run&apos;s rows again, in a new file under a new name, as a new run; the export&apos;s increment does not move.

writeback-cli export redeliver RUN_ID [--json]

Run ids are listed by: writeback-cli runs. Exits 1 when the run failed.</source>
        <translation>Verzendt de rijen van een voltooide uitvoering opnieuw, in een nieuw bestand onder een nieuwe naam, als nieuwe uitvoering; het increment van de export verschuift niet.

writeback-cli export redeliver RUN_ID [--json]

Uitvoerings-id&apos;s worden getoond door: writeback-cli runs. Eindigt met code 1 als de uitvoering is mislukt.</translation>
    </message>
    <message>
        <source>The run to send again.</source>
        <translation>De uitvoering die opnieuw moet worden verzonden.</translation>
    </message>
    <message>
        <source>RUN_ID must be a run&apos;s number (see: writeback-cli runs).</source>
        <translation>RUN_ID moet het nummer van een uitvoering zijn (zie: writeback-cli runs).</translation>
    </message>
    <message>
        <source>There is no run %1 (see: writeback-cli runs).</source>
        <translation>Er is geen uitvoering %1 (zie: writeback-cli runs).</translation>
    </message>
    <message>
        <source>Sets the SMTP server that e-mails failed runs (and, if asked, a daily summary).

writeback-cli notify set --host HOST [--port N] [--security none|starttls|tls] [--user USER] --from ADDRESS --to ADDRESS[,ADDRESS...] [--ca-file FILE] [--accept-fingerprint SHA256] [--daily-summary] [--no-failures]

With --user the password is asked for on the terminal (or read from WRITEBACK_SMTP_PASSWORD) and kept in the system keychain, never in the workspace.</source>
        <translation>Stelt de SMTP-server in die mislukte uitvoeringen (en desgewenst een dagelijks overzicht) per e-mail meldt.

writeback-cli notify set --host HOST [--port N] [--security none|starttls|tls] [--user USER] --from ADDRESS --to ADDRESS[,ADDRESS...] [--ca-file FILE] [--accept-fingerprint SHA256] [--daily-summary] [--no-failures]

Met --user wordt het wachtwoord in de terminal gevraagd (of gelezen uit WRITEBACK_SMTP_PASSWORD) en bewaard in de systeemsleutelhanger, nooit in de werkruimte.</translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation>De SMTP-server.</translation>
    </message>
    <message>
        <source>Its port (default: 587 for starttls, 465 for tls, 25 for none).</source>
        <translation>De poort ervan (standaard: 587 voor starttls, 465 voor tls, 25 voor none).</translation>
    </message>
    <message>
        <source>none, starttls (default) or tls.</source>
        <translation>none, starttls (standaard) of tls.</translation>
    </message>
    <message>
        <source>The login, if the server needs one.</source>
        <translation>De gebruikersnaam, als de server die vereist.</translation>
    </message>
    <message>
        <source>The sender.</source>
        <translation>De afzender.</translation>
    </message>
    <message>
        <source>The recipients, comma-separated.</source>
        <translation>De ontvangers, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Ook de CA-certificaten in dit PEM-bestand vertrouwen.</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>Het servercertificaat met deze SHA-256-vingerafdruk accepteren.</translation>
    </message>
    <message>
        <source>Also send a summary of each day&apos;s runs.</source>
        <translation>Ook een overzicht van de uitvoeringen van elke dag verzenden.</translation>
    </message>
    <message>
        <source>Do not e-mail failed runs.</source>
        <translation>Mislukte uitvoeringen niet per e-mail melden.</translation>
    </message>
    <message>
        <source>--security is none, starttls or tls.</source>
        <translation>--security is none, starttls of tls.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Wachtwoord voor %1 op %2: </translation>
    </message>
    <message>
        <source>A password is needed for --user: type it on a terminal, or set WRITEBACK_SMTP_PASSWORD.</source>
        <translation>Voor --user is een wachtwoord nodig: typ het in een terminal of stel WRITEBACK_SMTP_PASSWORD in.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1
Set WRITEBACK_SMTP_PASSWORD for the runs instead.</source>
        <translation>Het wachtwoord kon niet in de sleutelhanger worden bewaard: %1
Stel in plaats daarvan WRITEBACK_SMTP_PASSWORD in voor de uitvoeringen.</translation>
    </message>
    <message>
        <source>Failed runs are e-mailed to %1 through %2:%3.</source>
        <translation>Mislukte uitvoeringen worden per e-mail gemeld aan %1 via %2:%3.</translation>
    </message>
    <message>
        <source>Shows the e-mail settings (never the password).

writeback-cli notify show</source>
        <translation>Toont de e-mailinstellingen (nooit het wachtwoord).

writeback-cli notify show</translation>
    </message>
    <message>
        <source>No e-mail settings: failed runs are shown in the history only.</source>
        <translation>Geen e-mailinstellingen: mislukte uitvoeringen zijn alleen in de geschiedenis te zien.</translation>
    </message>
    <message>
        <source>Sends a test e-mail with the saved settings and prints the conversation when it fails.

writeback-cli notify test</source>
        <translation>Verzendt een test-e-mail met de opgeslagen instellingen en toont de communicatie met de server als dat mislukt.

writeback-cli notify test</translation>
    </message>
    <message>
        <source>No e-mail settings yet: writeback-cli notify set --help</source>
        <translation>Nog geen e-mailinstellingen: writeback-cli notify set --help</translation>
    </message>
    <message>
        <source>Writeback Studio: test message</source>
        <translation>Writeback Studio: testbericht</translation>
    </message>
    <message>
        <source>This is a test message from Writeback Studio. Failed runs will be reported to this address.</source>
        <translation>Dit is een testbericht van Writeback Studio. Mislukte uitvoeringen worden aan dit adres gemeld.</translation>
    </message>
    <message>
        <source>Sent a test message to %1.</source>
        <translation>Testbericht verzonden naar %1.</translation>
    </message>
    <message>
        <source>Removes the e-mail settings and the kept password.

writeback-cli notify remove</source>
        <translation>Verwijdert de e-mailinstellingen en het bewaarde wachtwoord.

writeback-cli notify remove</translation>
    </message>
    <message>
        <source>Removed the e-mail settings.</source>
        <translation>E-mailinstellingen verwijderd.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli notify set|show|test|remove ...
  set --host HOST --from ADDRESS --to ADDRESS[,...] [...]
  show | test | remove
Each takes --help.
</source>
        <translation>Gebruik: writeback-cli notify set|show|test|remove ...
  set --host HOST --from ADDRESS --to ADDRESS[,...] [...]
  show | test | remove
Elk accepteert --help.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TAAK</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTART</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DUUR</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>RIJEN</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATIE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <source>Runs the job of a failed run again.

writeback-cli runs retry RUN [--json]

RUN is a handle from `runs`: E12 for an export run, F3 for a fetch run.</source>
        <translation>Voert de taak van een mislukte uitvoering opnieuw uit.

writeback-cli runs retry RUN [--json]

RUN is een aanduiding uit `runs`: E12 voor een exportuitvoering, F3 voor een ophaaluitvoering.</translation>
    </message>
    <message>
        <source>E12, F3, or an export run&apos;s number</source>
        <translation>E12, F3, of het nummer van een exportuitvoering</translation>
    </message>
    <message>
        <source>One JSON document on stdout.</source>
        <translation>Eén JSON-document op stdout.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run: write E12, F3 or 12.</source>
        <translation>&quot;%1&quot; is geen uitvoering: schrijf E12, F3 of 12.</translation>
    </message>
    <message>
        <source>%1: run %2 completed: %3 rows, %4 bytes</source>
        <translation>%1: uitvoering %2 voltooid: %3 rijen, %4 bytes</translation>
    </message>
    <message>
        <source>Only this job (fetch:CONNECTION or export:NAME).</source>
        <translation>Alleen deze taak (fetch:CONNECTION of export:NAME).</translation>
    </message>
    <message>
        <source>Only this export&apos;s runs (as --job export:NAME).</source>
        <translation>Alleen de uitvoeringen van deze export (zoals --job export:NAME).</translation>
    </message>
    <message>
        <source>pending, running, completed or failed.</source>
        <translation>pending, running, completed of failed.</translation>
    </message>
    <message>
        <source>From this day (yyyy-MM-dd, local).</source>
        <translation>Vanaf deze dag (yyyy-MM-dd, lokale tijd).</translation>
    </message>
    <message>
        <source>Up to this day, inclusive.</source>
        <translation>Tot en met deze dag.</translation>
    </message>
    <message>
        <source>--state is one of pending, running, completed, failed.</source>
        <translation>--state is een van pending, running, completed, failed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (yyyy-MM-dd).</source>
        <translation>&quot;%1&quot; is geen dag (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>There is no export named &quot;%1&quot;.</source>
        <translation>Er is geen export met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Nog geen uitvoeringen.</translation>
    </message>
    <message>
        <source>Every day at HH:mm.</source>
        <translation>Elke dag om HH:mm.</translation>
    </message>
    <message>
        <source>Every N hours (e.g. 8h), from --from.</source>
        <translation>Elke N uur (bijv. 8h), vanaf --from.</translation>
    </message>
    <message>
        <source>The first run of the day for --every.</source>
        <translation>De eerste uitvoering van de dag voor --every.</translation>
    </message>
    <message>
        <source>On these days (mon,tue,...) at --at.</source>
        <translation>Op deze dagen (mon,tue,...) om --at.</translation>
    </message>
    <message>
        <source>The time for --weekly and --every-days.</source>
        <translation>Het tijdstip voor --weekly en --every-days.</translation>
    </message>
    <message>
        <source>Every N days at --at.</source>
        <translation>Om de N dagen om --at.</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Brussels.</source>
        <translation>Een IANA-tijdzone zoals Europe/Brussels.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>Volgende uitvoering: %1.</translation>
    </message>
    <message>
        <source>The schedule is saved but not registered with the system&apos;s scheduler (%1): %2
It runs only while Writeback Studio is open.</source>
        <translation>De planning is opgeslagen, maar niet geregistreerd bij de systeemplanner (%1): %2
Deze wordt alleen uitgevoerd als Writeback Studio open is.</translation>
    </message>
    <message>
        <source>Registered with the %1.</source>
        <translation>Geregistreerd bij de systeemplanner (%1).</translation>
    </message>
    <message>
        <source>Lists the schedules with their next runs.

writeback-cli schedule list [--json]</source>
        <translation>Toont de planningen met hun volgende uitvoeringen.

writeback-cli schedule list [--json]</translation>
    </message>
    <message>
        <source>No schedules. Add one with: writeback-cli schedule set JOB --daily 06:00</source>
        <translation>Geen planningen. Voeg er een toe met: writeback-cli schedule set JOB --daily 06:00</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (gepauzeerd)</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>volgende: %1</translation>
    </message>
    <message>
        <source>registered with the %1</source>
        <translation>geregistreerd bij de systeemplanner (%1)</translation>
    </message>
    <message>
        <source>not registered with the %1: runs only while the app is open</source>
        <translation>niet geregistreerd bij de systeemplanner (%1): wordt alleen uitgevoerd als de app open is</translation>
    </message>
    <message>
        <source>writeback-cli schedule %1 JOB</source>
        <translation>writeback-cli schedule %1 JOB</translation>
    </message>
    <message>
        <source>The %1 entry could not be removed: %2</source>
        <translation>De %1-vermelding kon niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>Removed the schedule of %1.</source>
        <translation>Planning van %1 verwijderd.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 gepauzeerd.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 hervat.</translation>
    </message>
    <message>
        <source>Runs every scheduled job whose time has come, records each run, and exits. The system&apos;s scheduler starts this; a slot missed while the computer was off runs once.

writeback-cli run-due [--job JOB] [--json]

Exits 1 when a run failed.</source>
        <translation>Voert elke geplande taak uit waarvan het tijd is, legt elke uitvoering vast en sluit af. De systeemplanner start deze opdracht; een tijdslot dat is gemist terwijl de computer uit stond, wordt één keer uitgevoerd.

writeback-cli run-due [--job JOB] [--json]

Eindigt met code 1 als een uitvoering is mislukt.</translation>
    </message>
    <message>
        <source>Only this job.</source>
        <translation>Alleen deze taak.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: mislukt: %2</translation>
    </message>
    <message>
        <source>%1: not run: %2</source>
        <translation>%1: niet uitgevoerd: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 bytes%4</source>
        <translation>%1: %2 rijen, %3 bytes%4</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Er hoeft nu niets te worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Cannot download into a folder under that name: %1. Give the local file&apos;s name instead.</source>
        <translation>Kan niet onder die naam in een map downloaden: %1. Geef in plaats daarvan de naam van het lokale bestand op.</translation>
    </message>
    <message>
        <source>Removed %1 kept files older than %2 days.</source>
        <translation>%1 bewaarde bestanden ouder dan %2 dagen verwijderd.</translation>
    </message>
    <message>
        <source>Shows the workspace&apos;s settings.

writeback-cli settings show [--json]</source>
        <translation>Toont de instellingen van de werkruimte.

writeback-cli settings show [--json]</translation>
    </message>
    <message>
        <source>retention-days  %1  (delivered copies and reports older than this are removed by run-due; the run history stays)</source>
        <translation>retention-days  %1  (oudere geleverde kopieën en rapporten worden door run-due verwijderd; de rungeschiedenis blijft)</translation>
    </message>
    <message>
        <source>Changes a setting of the workspace.

writeback-cli settings set retention-days N

retention-days: how many days the copies kept for re-delivery (deliveries/) and the run reports (reports/) stay beside the workspace, %1 to %2 (default %3). run-due removes older ones; the run history stays.</source>
        <translation>Wijzigt een instelling van de werkruimte.

writeback-cli settings set retention-days N

retention-days: hoeveel dagen de kopieën voor opnieuw leveren (deliveries/) en de runrapporten (reports/) naast de werkruimte blijven, %1 tot %2 (standaard %3). run-due verwijdert oudere; de rungeschiedenis blijft.</translation>
    </message>
    <message>
        <source>The setting: retention-days.</source>
        <translation>De instelling: retention-days.</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>De nieuwe waarde.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the settings are: retention-days.</source>
        <translation>Er is geen instelling ‘%1’; de instellingen zijn: retention-days.</translation>
    </message>
    <message>
        <source>retention-days is a whole number of days, not &quot;%1&quot;.</source>
        <translation>retention-days is een geheel aantal dagen, niet ‘%1’.</translation>
    </message>
    <message>
        <source>retention-days is %1 to %2 days, not %3.</source>
        <translation>retention-days is %1 tot %2 dagen, niet %3.</translation>
    </message>
    <message>
        <source>Delivered copies and reports are kept for %1 days.</source>
        <translation>Geleverde kopieën en rapporten worden %1 dagen bewaard.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli settings show|set ...
  show [--json]
  set retention-days N
Each takes --help.
</source>
        <translation>Gebruik: writeback-cli settings show|set ...
  show [--json]
  set retention-days N
Elk accepteert --help.
</translation>
    </message>
    <message>
        <source>Renames an export. Its run history, watermark, schedule and system scheduler entry stay with it; only the name changes.

writeback-cli export rename OLD NEW</source>
        <translation>Hernoemt een export. De uitvoeringsgeschiedenis, het voortgangspunt, de planning en de vermelding in de systeemplanner blijven bij de export; alleen de naam verandert.

writeback-cli export rename OLD NEW</translation>
    </message>
    <message>
        <source>The export&apos;s name now.</source>
        <translation>De huidige naam van de export.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>De nieuwe naam.</translation>
    </message>
    <message>
        <source>The export name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>De exportnaam &quot;%1&quot; is ongeldig: gebruik 1 tot 64 letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The export is named %1 already; nothing changed.</source>
        <translation>De export heet al %1; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Another export is named &quot;%1&quot; already (see: writeback-cli export list).</source>
        <translation>Er is al een andere export met de naam &quot;%1&quot; (zie: writeback-cli export list).</translation>
    </message>
    <message>
        <source>Renamed export %1 to %2.</source>
        <translation>Export %1 hernoemd naar %2.</translation>
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
        <translation>Gebruik: writeback-cli export save|list|show|rename|remove|preview|run|redeliver ...
  save FILE.json                 een export toevoegen of vervangen op basis van de JSON-definitie
  list [--json]                  de exports en hun laatste uitvoeringen
  show NAME                      de definitie als JSON
  rename OLD NEW                 behoudt de uitvoeringen, het voortgangspunt en de planning
  remove NAME
  preview NAME [--rows N]        de eerste rijen van het volgende bestand, precies zoals geschreven
  run NAME [--json]              de nieuwe rijen schrijven en afleveren
  redeliver RUN_ID [--json]      de rijen van een uitvoering opnieuw verzenden
Elk accepteert --help. De uitvoeringsgeschiedenis: writeback-cli runs.
</translation>
    </message>
    <message>
        <source>Runs a job on a schedule, whether or not the app is open.

writeback-cli schedule set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]

JOB is fetch:CONNECTION, consume:QUEUE or export:NAME. Times are wall-clock times in ZONE (default: this computer&apos;s). The schedule is registered with the system&apos;s scheduler, which starts `writeback-cli run-due` at those times.</source>
        <translation>Voert een taak volgens een planning uit, of de app nu open is of niet.

writeback-cli schedule set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]

JOB is fetch:CONNECTION, consume:QUEUE of export:NAME. Tijden zijn kloktijden in ZONE (standaard: die van deze computer). De planning wordt geregistreerd bij de systeemplanner, die `writeback-cli run-due` op die tijden start.</translation>
    </message>
    <message>
        <source>fetch:CONNECTION, consume:QUEUE or export:NAME</source>
        <translation>fetch:CONNECTION, consume:QUEUE of export:NAME</translation>
    </message>
    <message>
        <source>Usage: writeback-cli schedule set|list|pause|resume|remove ...
  set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]
  list [--json]
  pause|resume|remove JOB
JOB is fetch:CONNECTION, consume:QUEUE or export:NAME. Each takes --help.
</source>
        <translation>Gebruik: writeback-cli schedule set|list|pause|resume|remove ...
  set JOB --daily 06:00 | --every 8h --from 05:00 | --weekly mon,thu --at 07:30 | --every-days 2 --at 06:00 [--tz ZONE]
  list [--json]
  pause|resume|remove JOB
JOB is fetch:CONNECTION, consume:QUEUE of export:NAME. Elk accepteert --help.
</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot; (see: writeback-cli queue list).</source>
        <translation>Er is geen wachtrij met de naam &quot;%1&quot; (zie: writeback-cli queue list).</translation>
    </message>
    <message>
        <source>Adds a message queue (Civitas publishes its outreach on one).

writeback-cli queue add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]

The queue is its address as the broker expects it: Amazon MQ for ActiveMQ takes the queue&apos;s name, RabbitMQ 4 takes /queues/NAME. The password is read from WRITEBACK_QUEUE_PASSWORD or asked for on the terminal, and kept in the system keychain.</source>
        <translation>Voegt een berichtenwachtrij toe (Civitas publiceert zijn outreach via zo&apos;n wachtrij).

writeback-cli queue add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]

De wachtrij wordt opgegeven met het adres dat de broker verwacht: Amazon MQ for ActiveMQ verwacht de naam van de wachtrij, RabbitMQ 4 verwacht /queues/NAME. Het wachtwoord wordt gelezen uit WRITEBACK_QUEUE_PASSWORD of in de terminal gevraagd, en bewaard in de systeemsleutelhanger.</translation>
    </message>
    <message>
        <source>A name for the queue.</source>
        <translation>Een naam voor de wachtrij.</translation>
    </message>
    <message>
        <source>The broker: amqps://HOST:5671 (amqp:// only for a broker on this computer).</source>
        <translation>De broker: amqps://HOST:5671 (amqp:// alleen voor een broker op deze computer).</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>De gebruikersnaam.</translation>
    </message>
    <message>
        <source>The queue&apos;s address.</source>
        <translation>Het adres van de wachtrij.</translation>
    </message>
    <message>
        <source>A PEM file of the CA to trust instead of the system&apos;s.</source>
        <translation>Een PEM-bestand van de CA die in plaats van die van het systeem moet worden vertrouwd.</translation>
    </message>
    <message>
        <source>Added queue %1 (%2 as %3).</source>
        <translation>Wachtrij %1 toegevoegd (%2 als %3).</translation>
    </message>
    <message>
        <source>Warning: amqp:// has no TLS; the password and the messages cross the network readable.</source>
        <translation>Waarschuwing: amqp:// gebruikt geen TLS; het wachtwoord en de berichten gaan leesbaar over het netwerk.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>Het wachtwoord wordt bewaard in de systeemsleutelhanger.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 Set WRITEBACK_QUEUE_PASSWORD for each run instead.</source>
        <translation>Het wachtwoord is niet opgeslagen: %1 Stel in plaats daarvan WRITEBACK_QUEUE_PASSWORD in voor elke uitvoering.</translation>
    </message>
    <message>
        <source>Next: writeback-cli queue test %1, then queue consume %1.</source>
        <translation>Volgende stap: writeback-cli queue test %1, daarna queue consume %1.</translation>
    </message>
    <message>
        <source>Lists the message queues.

writeback-cli queue list [--json]</source>
        <translation>Toont de berichtenwachtrijen.

writeback-cli queue list [--json]</translation>
    </message>
    <message>
        <source>No queues yet (see: writeback-cli queue add --help).</source>
        <translation>Nog geen wachtrijen (zie: writeback-cli queue add --help).</translation>
    </message>
    <message>
        <source>Removes a queue and its saved password; the messages taken from it stay.

writeback-cli queue remove NAME</source>
        <translation>Verwijdert een wachtrij en het opgeslagen wachtwoord ervan; de berichten die eruit zijn opgehaald, blijven bewaard.

writeback-cli queue remove NAME</translation>
    </message>
    <message>
        <source>The queue.</source>
        <translation>De wachtrij.</translation>
    </message>
    <message>
        <source>Removed queue %1.</source>
        <translation>Wachtrij %1 verwijderd.</translation>
    </message>
    <message>
        <source>The queue doctor: checks the queue step by step, without taking a message.

writeback-cli queue test NAME [--json]

Exits 1 when a step fails.</source>
        <translation>De wachtrijdiagnose: controleert de wachtrij stap voor stap, zonder een bericht op te halen.

writeback-cli queue test NAME [--json]

Eindigt met code 1 als een stap mislukt.</translation>
    </message>
    <message>
        <source>Takes the waiting messages from a queue into the workspace, each exactly once.

writeback-cli queue consume NAME [--max N] [--idle SECONDS] [--json]

Stops after --idle seconds without a message (default 5) or after --max messages. A message is removed from the queue only once it is stored. Exits 1 when the broker failed or a message could not be read (it is kept: see queue replay).</source>
        <translation>Haalt de wachtende berichten uit een wachtrij op in de werkruimte, elk precies één keer.

writeback-cli queue consume NAME [--max N] [--idle SECONDS] [--json]

Stopt na --idle seconden zonder bericht (standaard 5) of na --max berichten. Een bericht wordt pas uit de wachtrij verwijderd als het is opgeslagen. Eindigt met code 1 als de broker een fout gaf of een bericht niet kon worden gelezen (het wordt bewaard: zie queue replay).</translation>
    </message>
    <message>
        <source>Stop after this many messages.</source>
        <translation>Stoppen na dit aantal berichten.</translation>
    </message>
    <message>
        <source>Stop after this many seconds without a message.</source>
        <translation>Stoppen na dit aantal seconden zonder bericht.</translation>
    </message>
    <message>
        <source>--max must be a positive number.</source>
        <translation>--max moet een positief getal zijn.</translation>
    </message>
    <message>
        <source>--idle must be a positive number of seconds.</source>
        <translation>--idle moet een positief aantal seconden zijn.</translation>
    </message>
    <message>
        <source>%1 messages, %2 rows</source>
        <translation>%1 berichten, %2 rijen</translation>
    </message>
    <message>
        <source>Kept unread: %1</source>
        <translation>Onleesbaar bewaard: %1</translation>
    </message>
    <message>
        <source>%1: %2 messages taken, %3 rows added, %4 updated; %5 already taken before, %6 kept as unreadable.</source>
        <translation>%1: %2 berichten opgehaald, %3 rijen toegevoegd, %4 bijgewerkt; %5 al eerder opgehaald, %6 als onleesbaar bewaard.</translation>
    </message>
    <message>
        <source>Reads a queue&apos;s unreadable messages again (after an update that can read them) and takes in those that can be read now.

writeback-cli queue replay NAME [--json]</source>
        <translation>Leest de onleesbare berichten van een wachtrij opnieuw (na een update die ze kan lezen) en haalt de berichten op die nu wel leesbaar zijn.

writeback-cli queue replay NAME [--json]</translation>
    </message>
    <message>
        <source>Still unreadable: %1</source>
        <translation>Nog steeds onleesbaar: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kept messages taken in now (%4 rows added, %5 updated); %6 still unreadable.</source>
        <translation>%1: %2 van %3 bewaarde berichten nu opgehaald (%4 rijen toegevoegd, %5 bijgewerkt); %6 nog steeds onleesbaar.</translation>
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
        <translation>Gebruik: writeback-cli queue add|list|remove|test|consume|replay ...
  add NAME --url amqps://HOST:5671 --user USER --queue QUEUE [--ca-file PEM]
  list [--json]
  remove NAME
  test NAME [--json]
  consume NAME [--max N] [--idle SECONDS] [--json]
  replay NAME [--json]
Elk accepteert --help.
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
        <translation>Gebruik: writeback-cli connection add|list|remove|trust|test|rule ...
  add NAME --host H [--port P] --user U --key FILE [--read-path DIR] [--write-path DIR]
  list [--json]
  remove NAME
  trust NAME [--yes | --fingerprint SHA256:...]
  test NAME [--json]
  rule add|list|remove NAME ...  (ophaalregels: zie connection rule --help)
Elk accepteert --help.
</translation>
    </message>
    <message>
        <source>The files it applies to (a glob such as export_*.csv).</source>
        <translation>De bestanden waarop de regel van toepassing is (een glob zoals export_*.csv).</translation>
    </message>
    <message>
        <source>The dataset to take them into (default: recognised).</source>
        <translation>De dataset waarin ze worden opgehaald (standaard: automatisch herkend).</translation>
    </message>
    <message>
        <source>How many levels of subfolders to look in (default 0).</source>
        <translation>In hoeveel niveaus submappen wordt gezocht (standaard 0).</translation>
    </message>
    <message>
        <source>How their dates are written: day-first, month-first or year-first.</source>
        <translation>Hoe de datums erin zijn geschreven: day-first, month-first of year-first.</translation>
    </message>
    <message>
        <source>What becomes of a file on the server once taken in: keep (default), delete, or archive=REMOTE_DIR (relative to the read path, made if missing).</source>
        <translation>Wat er met een bestand op de server gebeurt nadat het is opgehaald: keep (standaard), delete of archive=REMOTE_DIR (relatief ten opzichte van de leesmap, aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <source>--pattern is required.</source>
        <translation>--pattern is verplicht.</translation>
    </message>
    <message>
        <source>--subfolders must be a number.</source>
        <translation>--subfolders moet een getal zijn.</translation>
    </message>
    <message>
        <source>--dates must be day-first, month-first or year-first.</source>
        <translation>--dates moet day-first, month-first of year-first zijn.</translation>
    </message>
    <message>
        <source>--after must be keep, delete or archive=REMOTE_DIR.</source>
        <translation>--after moet keep, delete of archive=REMOTE_DIR zijn.</translation>
    </message>
    <message>
        <source>Added rule %1 to %2: %3</source>
        <translation>Regel %1 toegevoegd aan %2: %3</translation>
    </message>
    <message>
        <source>Lists a connection&apos;s intake rules, in the order they are tried.

writeback-cli connection rule list CONN [--json]</source>
        <translation>Toont de ophaalregels van een verbinding, in de volgorde waarin ze worden geprobeerd.

writeback-cli connection rule list CONN [--json]</translation>
    </message>
    <message>
        <source>%1 has no intake rules: every file is recognised by its name and header (see: writeback-cli connection rule add --help).</source>
        <translation>%1 heeft geen ophaalregels: elk bestand wordt herkend aan de naam en kopregel (zie: writeback-cli connection rule add --help).</translation>
    </message>
    <message>
        <source>Removes one of a connection&apos;s intake rules; the later ones move up.

writeback-cli connection rule remove CONN INDEX</source>
        <translation>Verwijdert een van de ophaalregels van een verbinding; de latere regels schuiven op.

writeback-cli connection rule remove CONN INDEX</translation>
    </message>
    <message>
        <source>The rule&apos;s number, as rule list shows it.</source>
        <translation>Het nummer van de regel, zoals rule list het toont.</translation>
    </message>
    <message>
        <source>INDEX must be a rule&apos;s number, as rule list shows it.</source>
        <translation>INDEX moet het nummer van een regel zijn, zoals rule list het toont.</translation>
    </message>
    <message>
        <source>Removed rule %1 of %2.</source>
        <translation>Regel %1 van %2 verwijderd.</translation>
    </message>
    <message>
        <source>  Say how its dates are written: import ... --dates day-first (or month-first, year-first), or a rule on the connection (connection rule add ... --dates ...).</source>
        <translation>  Geef aan hoe de datums erin zijn geschreven: import ... --dates day-first (of month-first, year-first), of met een regel op de verbinding (connection rule add ... --dates ...).</translation>
    </message>
    <message>
        <source>How the files write dates such as 05/02/2026: day-first, month-first or year-first.</source>
        <translation>Hoe de bestanden datums zoals 05/02/2026 schrijven: day-first, month-first of year-first.</translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) marked deleted</source>
        <translation>
            <numerusform>  %n record als verwijderd gemarkeerd</numerusform>
            <numerusform>  %n records als verwijderd gemarkeerd</numerusform>
        </translation>
    </message>
    <message>
        <source>(several values, separated by &quot;%1&quot;)</source>
        <translation>(meerdere waarden, gescheiden door &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Says that fields of a dataset hold several values, and how its files separate them (Actito&apos;s export setting &quot;Multi-value separator&quot;). The values already taken in are split too, and every later file&apos;s; an export then joins them with its own multi-value separator.

writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)</source>
        <translation>Geeft aan dat velden van een dataset meerdere waarden bevatten, en hoe de bestanden ervan ze scheiden (de exportinstelling &quot;Scheidingsteken voor meerdere waarden&quot; van Actito). De al opgehaalde waarden worden ook gesplitst, net als die van elk later bestand; een export voegt ze daarna samen met zijn eigen scheidingsteken voor meerdere waarden.

writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)</translation>
    </message>
    <message>
        <source>The dataset, e.g. actito.profiles.</source>
        <translation>De dataset, bijv. actito.profiles.</translation>
    </message>
    <message>
        <source>Its text fields that hold several values.</source>
        <translation>De tekstvelden ervan die meerdere waarden bevatten.</translation>
    </message>
    <message>
        <source>What the files write between two values.</source>
        <translation>Wat de bestanden tussen twee waarden schrijven.</translation>
    </message>
    <message>
        <source>The fields hold one value again (values are joined back).</source>
        <translation>De velden bevatten weer één waarde (de waarden worden weer samengevoegd).</translation>
    </message>
    <message>
        <source>Give either --separator SEP or --single.</source>
        <translation>Geef --separator SEP of --single op.</translation>
    </message>
    <message>
        <source>The separator must be 1 to 8 characters, without line breaks.</source>
        <translation>Het scheidingsteken moet 1 tot 8 tekens lang zijn, zonder regeleinden.</translation>
    </message>
    <message>
        <source>There is no dataset &quot;%1&quot; (see: writeback-cli datasets).</source>
        <translation>Er is geen dataset &quot;%1&quot; (zie: writeback-cli datasets).</translation>
    </message>
    <message>
        <source>%1 has no text field &quot;%2&quot;; its text fields are %3.</source>
        <translation>%1 heeft geen tekstveld &quot;%2&quot;; de tekstvelden zijn %3.</translation>
    </message>
    <message>
        <source>%1: %2 hold one value.</source>
        <translation>%1: %2 bevatten één waarde.</translation>
    </message>
    <message>
        <source>%1: %2 hold several values, separated by &quot;%3&quot; in its files.</source>
        <translation>%1: %2 bevatten meerdere waarden, in de bestanden gescheiden door &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)
</source>
        <translation>Gebruik: writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)
</translation>
    </message>
    <message>
        <source>Adds an intake rule at the end of a connection&apos;s rules.

writeback-cli connection rule add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]

A fetch applies the first rule whose pattern matches a file; files no rule matches are recognised as ever. A pattern without &apos;/&apos; matches the file&apos;s name, one with &apos;/&apos; its path under the read path; &apos;*&apos; and &apos;?&apos; stop at &apos;/&apos;, and case does not count. The header map is read now and kept with the rule (see docs/formats.md, &quot;Header maps&quot;); its file is not needed later.</source>
        <translation>Voegt een ontvangstregel toe aan het eind van de regels van een verbinding.

writeback-cli connection rule add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]

Een ophaalactie past de eerste regel toe waarvan het patroon bij een bestand past; bestanden waar geen regel bij past, worden herkend zoals altijd. Een patroon zonder ‘/’ past op de bestandsnaam, een patroon met ‘/’ op het pad onder de leesmap; ‘*’ en ‘?’ stoppen bij ‘/’, en hoofdletters tellen niet. De kopregeltabel wordt nu gelezen en bij de regel bewaard (zie docs/formats.md, “Header maps”); het bestand is later niet meer nodig.</translation>
    </message>
    <message>
        <source>Usage: writeback-cli connection rule add|list|remove ...
  add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator SEP] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]
  list CONN [--json]
  remove CONN INDEX
Each takes --help.
</source>
        <translation>Gebruik: writeback-cli connection rule add|list|remove ...
  add CONN --pattern GLOB [--as DATASET] [--subfolders N] [--dates day-first|month-first|year-first] [--separator SEP] [--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]
  list CONN [--json]
  remove CONN INDEX
Elk neemt --help.
</translation>
    </message>
    <message>
        <source>The field separator, when not the one detected: comma, semicolon, tab or pipe.</source>
        <translation>Het veldscheidingsteken, als het niet het herkende is: comma, semicolon, tab of pipe.</translation>
    </message>
    <message>
        <source>The encoding, when not UTF-8: windows-1252, iso-8859-1, utf-16le or utf-16be (a byte-order mark always wins).</source>
        <translation>De codering, als die niet UTF-8 is: windows-1252, iso-8859-1, utf-16le of utf-16be (een byte-order mark gaat altijd voor).</translation>
    </message>
    <message>
        <source>Whether the first row is a header: yes or no (default: detected; a header map naming only positions means no).</source>
        <translation>Of de eerste rij een kopregel is: yes of no (standaard: herkend; een kopregeltabel die alleen posities noemt betekent no).</translation>
    </message>
    <message>
        <source>A CSV file of two columns, their header (or #position for a file without a header row) and the dataset&apos;s field; needs --as.</source>
        <translation>Een CSV-bestand met twee kolommen, hun kop (of #positie voor een bestand zonder kopregel) en het veld van de dataset; vereist --as.</translation>
    </message>
    <message>
        <source>--separator must be comma, semicolon, tab or pipe.</source>
        <translation>--separator moet comma, semicolon, tab of pipe zijn.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, windows-1252, iso-8859-1, utf-16le or utf-16be.</source>
        <translation>--encoding moet utf-8, windows-1252, iso-8859-1, utf-16le of utf-16be zijn.</translation>
    </message>
    <message>
        <source>--header must be yes or no.</source>
        <translation>--header moet yes of no zijn.</translation>
    </message>
    <message>
        <source>Takes in local files: each exactly once, each in one transaction.

writeback-cli import FILE... [--as DATASET] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--quote CHAR] [--json]

The format is recognised from the file&apos;s name and header; --as names it (a known dataset such as actito.email_openings, or a name of your own for a generic CSV dataset). A .gz file is taken in as the file inside it, each file in a .zip as a file of its own. Dates such as 05/02/2026 are read in the order --dates gives, else the format&apos;s documented one, else the one the file&apos;s own dates show; a file that could be read either way fails until told. The separator, encoding, header and header map options are those of a connection&apos;s rule, to try a rule&apos;s settings on a local file first. Exits 1 when any file failed; the others are still taken in.</source>
        <translation>Neemt lokale bestanden op: elk precies één keer, elk in één transactie.

writeback-cli import FILE... [--as DATASET] [--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] [--encoding NAME] [--header yes|no] [--header-map FILE] [--quote CHAR] [--json]

Het formaat wordt herkend aan de naam en kopregel van het bestand; --as noemt het (een bekende dataset zoals actito.email_openings, of een eigen naam voor een algemene CSV-dataset). Een .gz-bestand wordt opgenomen als het bestand erin, elk bestand in een .zip als een eigen bestand. Datums zoals 05/02/2026 worden gelezen in de volgorde die --dates geeft, anders de gedocumenteerde volgorde van het formaat, anders die welke de datums van het bestand zelf tonen; een bestand dat op beide manieren te lezen is, faalt tot de volgorde is opgegeven. De opties voor scheidingsteken, codering, kopregel en kopregeltabel zijn die van een regel van een verbinding, om de instellingen van een regel eerst op een lokaal bestand te proberen. Eindigt met code 1 als een bestand mislukte; de andere worden toch opgenomen.</translation>
    </message>
    <message>
        <source>The first row is data (as --header no).</source>
        <translation>De eerste rij is data (zoals --header no).</translation>
    </message>
    <message>
        <source>Shows one run: its result, files, error, warnings and details.

writeback-cli runs show RUN [--json]

RUN is a handle from `runs`: E12 for an export run, F3 for a fetch run, Q2 for a consume run.</source>
        <translation>Toont één uitvoering: het resultaat, de bestanden, de fout, de waarschuwingen en de details.

writeback-cli runs show RUN [--json]

RUN is een kenmerk uit `runs`: E12 voor een exportuitvoering, F3 voor een ophaalactie, Q2 voor het lezen van een wachtrij.</translation>
    </message>
    <message>
        <source>E12, F3, Q2, or an export run&apos;s number</source>
        <translation>E12, F3, Q2, of het nummer van een exportuitvoering</translation>
    </message>
    <message>
        <source>The report as JSON.</source>
        <translation>Het rapport als JSON.</translation>
    </message>
    <message>
        <source>There is no run %1 (writeback-cli runs lists them).</source>
        <translation>Er is geen uitvoering %1 (writeback-cli runs toont ze).</translation>
    </message>
    <message>
        <source>Lists the runs of every job, newest first.

writeback-cli runs [--job JOB | --export NAME] [--state STATE] [--from DAY] [--to DAY] [--json]
writeback-cli runs retry RUN
writeback-cli runs show RUN [--json]</source>
        <translation>Toont de uitvoeringen van alle taken, nieuwste eerst.

writeback-cli runs [--job JOB | --export NAME] [--state STATE] [--from DAY] [--to DAY] [--json]
writeback-cli runs retry RUN
writeback-cli runs show RUN [--json]</translation>
    </message>
</context>
<context>
    <name>wb::cli::ProgressLine</name>
    <message>
        <source>Writing rows: %1 of %2 (%3%)</source>
        <translation>Rijen schrijven: %1 van %2 (%3%)</translation>
    </message>
    <message>
        <source>Writing rows: %1</source>
        <translation>Rijen schrijven: %1</translation>
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
    <name>wb::reportformat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
</context>
<context>
    <name>wb::ui</name>
    <message>
        <source>Holds one value</source>
        <translation>Bevat één waarde</translation>
    </message>
    <message>
        <source>Holds several values, separated by “%1”</source>
        <translation>Bevat meerdere waarden, gescheiden door “%1”</translation>
    </message>
    <message>
        <source>Holds several values, separated by “%1”…</source>
        <translation>Bevat meerdere waarden, gescheiden door “%1”…</translation>
    </message>
    <message>
        <source>Holds several values, separated by…</source>
        <translation>Bevat meerdere waarden, gescheiden door…</translation>
    </message>
    <message>
        <source>What the files write between two values (1 to 8 characters, no line break):</source>
        <translation>Wat de bestanden tussen twee waarden schrijven (1 tot 8 tekens, geen regeleinde):</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>Meerdere waarden</translation>
    </message>
    <message>
        <source>“%1” cannot separate values. %2</source>
        <translation>“%1” kan geen waarden scheiden. %2</translation>
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
    <message>
        <source>not in this build</source>
        <translation>niet opgenomen in deze versie</translation>
    </message>
</context>
<context>
    <name>wb::ui::AvailableFieldsModel</name>
    <message>
        <source>%1: %2, “%3” in the platform&apos;s file. Double-click or press Enter to add it.</source>
        <translation>%1: %2, “%3” in het bestand van het platform. Dubbelklik of druk op Enter om het toe te voegen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>%n kolom verwijderen</numerusform>
            <numerusform>%n kolommen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ChooseDataStep</name>
    <message>
        <source>Choose data</source>
        <translation>Gegevens kiezen</translation>
    </message>
    <message>
        <source>Pick the fields the file holds, in the order its columns should have, and name their headers.</source>
        <translation>Kies de velden die het bestand bevat, in de volgorde die de kolommen moeten hebben, en geef de koppen een naam.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Alles toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Add the selected fields as columns (Enter)</source>
        <translation>De geselecteerde velden als kolommen toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Move the selected columns one place to the left in the file (Ctrl+Up)</source>
        <translation>De geselecteerde kolommen één plaats naar links verplaatsen in het bestand (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Move the selected columns one place to the right in the file (Ctrl+Down)</source>
        <translation>De geselecteerde kolommen één plaats naar rechts verplaatsen in het bestand (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>Remove the selected columns (Delete)</source>
        <translation>De geselecteerde kolommen verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Double-click a header to rename it. Drag fields in and out, and rows up and down; from the keyboard, Enter adds, Delete removes, Ctrl+Up and Ctrl+Down move.</source>
        <translation>Dubbelklik op een kop om die te hernoemen. Sleep velden erin en eruit, en rijen omhoog en omlaag; met het toetsenbord voegt Enter toe, verwijdert Delete en verplaatsen Ctrl+Omhoog en Ctrl+Omlaag.</translation>
    </message>
    <message>
        <source>A&amp;vailable fields (%1)</source>
        <translation>B&amp;eschikbare velden (%1)</translation>
    </message>
    <message>
        <source>Columns of the &amp;file (%1)</source>
        <translation>Kolommen van het &amp;bestand (%1)</translation>
    </message>
    <message>
        <source>Choose a dataset in the first step to see its fields.</source>
        <translation>Kies in de eerste stap een dataset om de velden ervan te zien.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <translation>
            <numerusform>%n kolom toevoegen</numerusform>
            <numerusform>%n kolommen toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>%n kolom verwijderen</numerusform>
            <numerusform>%n kolommen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all columns</source>
        <translation>Alle kolommen verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n column(s) %1</source>
        <translation>
            <numerusform>%n kolom naar %1 verplaatsen</numerusform>
            <numerusform>%n kolommen naar %1 verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
</context>
<context>
    <name>wb::ui::ChosenColumnsModel</name>
    <message>
        <source>The column&apos;s name in the file&apos;s header row. Double-click or press F2 to change it.</source>
        <translation>De naam van de kolom in de kopregel van het bestand. Dubbelklik of druk op F2 om die te wijzigen.</translation>
    </message>
    <message>
        <source>%1: %2, “%3” in the platform&apos;s file. Double-click to remove the column.</source>
        <translation>%1: %2, “%3” in het bestand van het platform. Dubbelklik om de kolom te verwijderen.</translation>
    </message>
    <message>
        <source>%1 is not a field of the dataset.</source>
        <translation>%1 is geen veld van de dataset.</translation>
    </message>
    <message>
        <source>Rename header to “%1”</source>
        <translation>Kop hernoemen naar “%1”</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kop</translation>
    </message>
    <message numerus="yes">
        <source>Move %n column(s)</source>
        <translation>
            <numerusform>%n kolom verplaatsen</numerusform>
            <numerusform>%n kolommen verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <translation>
            <numerusform>%n kolom toevoegen</numerusform>
            <numerusform>%n kolommen toevoegen</numerusform>
        </translation>
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
    <message>
        <source>&amp;Intake rules</source>
        <translation>&amp;Ophaalregels</translation>
    </message>
    <message>
        <source>&amp;Intake rules (%1)</source>
        <translation>&amp;Ophaalregels (%1)</translation>
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
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die van het systeem</translation>
    </message>
    <message>
        <source>%1
User: %2
CA certificates: %3</source>
        <translation>%1
Gebruiker: %2
CA-certificaten: %3</translation>
    </message>
    <message>
        <source>amqp:// without TLS: the password and the messages cross the network readable.</source>
        <translation>amqp:// zonder TLS: het wachtwoord en de berichten gaan leesbaar over het netwerk.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>Pla&amp;nnen…</translation>
    </message>
    <message>
        <source>C&amp;onsume now</source>
        <translation>Nu &amp;uitlezen</translation>
    </message>
    <message>
        <source>The SFTP servers and message queues of the platforms that send you writeback data.</source>
        <translation>De SFTP-servers en berichtenwachtrijen van de platforms die u writebackgegevens sturen.</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Verbinding &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add an SFTP server a platform drops its files on</source>
        <translation>Een SFTP-server toevoegen waarop een platform zijn bestanden plaatst</translation>
    </message>
    <message>
        <source>Add &amp;queue…</source>
        <translation>&amp;Wachtrij toevoegen…</translation>
    </message>
    <message>
        <source>Add a message queue a platform publishes on, such as Civitas&apos;s Amazon MQ</source>
        <translation>Een berichtenwachtrij toevoegen waarop een platform publiceert, zoals de Amazon MQ van Civitas</translation>
    </message>
    <message>
        <source>Run the doctor on the selected connection or queue</source>
        <translation>De diagnose uitvoeren voor de geselecteerde verbinding of wachtrij</translation>
    </message>
    <message>
        <source>Fetch from the selected connection, or consume the selected queue, on a schedule</source>
        <translation>Volgens een planning ophalen via de geselecteerde verbinding of de geselecteerde wachtrij uitlezen</translation>
    </message>
    <message>
        <source>Take in the messages waiting on the selected queue now</source>
        <translation>De wachtende berichten uit de geselecteerde wachtrij nu ophalen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3 rows so far…</source>
        <translation>%1: tot nu toe %2 berichten, %3 rijen…</translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation>Wachtrij verwijderen</translation>
    </message>
    <message>
        <source>Remove the queue “%1” (%2)?

Its saved password goes too; the messages already taken in stay in the workspace.</source>
        <translation>De wachtrij “%1” (%2) verwijderen?

Het opgeslagen wachtwoord wordt ook verwijderd; de berichten die al zijn opgehaald, blijven in de werkruimte.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>%1: %2 messages taken, %3 rows added, %4 updated; %5 already taken before, %6 kept as unreadable.</source>
        <translation>%1: %2 berichten opgehaald, %3 rijen toegevoegd, %4 bijgewerkt; %5 al eerder opgehaald, %6 als onleesbaar bewaard.</translation>
    </message>
    <message>
        <source>%1 was not consumed: %2</source>
        <translation>%1 is niet uitgelezen: %2</translation>
    </message>
    <message>
        <source>Cancelled. %1 The rest waits on the queue.</source>
        <translation>Geannuleerd. %1 De rest wacht nog in de wachtrij.</translation>
    </message>
    <message>
        <source>Consuming %1 failed: %2
%3</source>
        <translation>Uitlezen van %1 is mislukt: %2
%3</translation>
    </message>
    <message>
        <source>%1 had no messages waiting.</source>
        <translation>Er wachtten geen berichten in %1.</translation>
    </message>
    <message>
        <source>Read &amp;kept again</source>
        <translation>Onleesbare opnieuw &amp;lezen</translation>
    </message>
    <message>
        <source>Read the selected queue&apos;s messages kept as unreadable again, after an update that can read them</source>
        <translation>De als onleesbaar bewaarde berichten van de geselecteerde wachtrij opnieuw inlezen, na een update die ze kan lezen</translation>
    </message>
    <message>
        <source>Reading the messages kept from %1 again…</source>
        <translation>Bewaarde berichten van %1 worden opnieuw ingelezen…</translation>
    </message>
    <message>
        <source>The messages kept from %1 were not read again: %2</source>
        <translation>De bewaarde berichten van %1 zijn niet opnieuw ingelezen: %2</translation>
    </message>
    <message>
        <source>%1 has no messages kept as unreadable.</source>
        <translation>%1 heeft geen als onleesbaar bewaarde berichten.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kept messages taken in now (%4 rows added, %5 updated); %6 still unreadable.</source>
        <translation>%1: %2 van %3 bewaarde berichten nu opgehaald (%4 rijen toegevoegd, %5 bijgewerkt); %6 nog steeds onleesbaar.</translation>
    </message>
    <message>
        <source>Kept unread, with the reasons (Read kept again reads them after an update that can):</source>
        <translation>Ongelezen bewaard, met de redenen (Onleesbare opnieuw lezen leest ze na een update die dat kan):</translation>
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
    <message>
        <source>Writeback files (*.csv *.txt *.json *.gz *.zip);;All files (*)</source>
        <translation>Writebackbestanden (*.csv *.txt *.json *.gz *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The rule is saved on %1; the next fetch from it takes %2 in by the rule.</source>
        <translation>De regel is opgeslagen bij %1; de volgende keer ophalen daarvandaan neemt %2 op volgens de regel.</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Opnieuw ophalen</translation>
    </message>
    <message>
        <source>The rule is saved on %1. Fetch from %1 now, so that %2 is taken in by the rule?</source>
        <translation>De regel is opgeslagen bij %1. Nu ophalen van %1, zodat %2 volgens de regel wordt opgehaald?</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Nu ophalen</translation>
    </message>
    <message>
        <source>There is no dataset “%1” any more.</source>
        <translation>De dataset “%1” bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 holds one value in %2.</source>
        <translation>%1 bevat één waarde in %2.</translation>
    </message>
    <message>
        <source>%1 holds several values in %2, separated by “%3” in its files; exports join them with their own multi-value separator.</source>
        <translation>%1 bevat meerdere waarden in %2, gescheiden door “%3” in de bestanden; exports voegen ze samen met hun eigen scheidingsteken voor meerdere waarden.</translation>
    </message>
    <message>
        <source>Could not change the field %1: %2</source>
        <translation>Kon het veld %1 niet wijzigen: %2</translation>
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
    <message>
        <source>Field %1, %2, several values separated by “%3” (right-click to change)</source>
        <translation>Veld %1, %2, meerdere waarden gescheiden door “%3” (rechtsklik om te wijzigen)</translation>
    </message>
    <message>
        <source>Field %1, %2 (right-click if it holds several values)</source>
        <translation>Veld %1, %2 (rechtsklik als het meerdere waarden bevat)</translation>
    </message>
</context>
<context>
    <name>wb::ui::DefinitionEditor</name>
    <message>
        <source>Another export is named “%1” already: choose another name.</source>
        <translation>Er is al een andere export met de naam “%1”: kies een andere naam.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s datasets and exports…</source>
        <translation>De datasets en exports van de werkruimte worden gelezen…</translation>
    </message>
    <message>
        <source>Checking the destination folder…</source>
        <translation>De bestemmingsmap wordt gecontroleerd…</translation>
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
    <message>
        <source>Test queue %1</source>
        <translation>Wachtrij %1 testen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>No password is kept for this queue.</source>
        <translation>Voor deze wachtrij is geen wachtwoord bewaard.</translation>
    </message>
    <message>
        <source>The queue needs its password.</source>
        <translation>De wachtrij heeft een wachtwoord nodig.</translation>
    </message>
    <message>
        <source>%1 Enter the password of %2 to run the test; it is not stored.</source>
        <translation>%1 Voer het wachtwoord van %2 in om de test uit te voeren; het wordt niet opgeslagen.</translation>
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
    <message>
        <source>Checks every step from finding the broker to opening the queue, without taking a message, so you can see where it fails and why.</source>
        <translation>Controleert elke stap, van het vinden van de broker tot het openen van de wachtrij, zonder een bericht op te halen, zodat u ziet waar en waarom het mislukt.</translation>
    </message>
    <message>
        <source>The queue can be read, with a warning at step %1, “%2”: read it before you rely on this queue.</source>
        <translation>De wachtrij kan worden gelezen, met een waarschuwing bij stap %1, “%2”: lees die voordat u op deze wachtrij vertrouwt.</translation>
    </message>
    <message>
        <source>The queue can be read: every step passed.</source>
        <translation>De wachtrij kan worden gelezen: alle stappen zijn geslaagd.</translation>
    </message>
    <message>
        <source>The queue cannot be read: step %1, “%2”, failed. The step says what to check.</source>
        <translation>De wachtrij kan niet worden gelezen: stap %1, “%2”, is mislukt. Bij de stap staat wat u moet controleren.</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportDesigner</name>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <source>Save and &amp;run now</source>
        <translation>Opslaan en nu &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Klaar om op te slaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving — &lt;a href=&quot;summary&quot;&gt;see the summary&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n probleem op te lossen vóór het opslaan — &lt;a href=&quot;summary&quot;&gt;zie het overzicht&lt;/a&gt;.</numerusform>
            <numerusform>%n problemen op te lossen vóór het opslaan — &lt;a href=&quot;summary&quot;&gt;zie het overzicht&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit export “%1”[*]</source>
        <translation>Export “%1” bewerken[*]</translation>
    </message>
    <message>
        <source>New export[*]</source>
        <translation>Nieuwe export[*]</translation>
    </message>
    <message>
        <source>The export could not be saved: %1</source>
        <translation>De export kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Close without saving the changes to “%1”?</source>
        <translation>Sluiten zonder de wijzigingen in “%1” op te slaan?</translation>
    </message>
    <message>
        <source>Close without saving this new export?</source>
        <translation>Sluiten zonder deze nieuwe export op te slaan?</translation>
    </message>
    <message>
        <source>Save, then choose when this export runs by itself</source>
        <translation>Opslaan en daarna kiezen wanneer deze export vanzelf wordt uitgevoerd</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportListModel</name>
    <message>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gisteren %1</translation>
    </message>
    <message>
        <source>Nothing new · %1</source>
        <translation>Niets nieuws · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) sent · %1</source>
        <translation>
            <numerusform>%Ln rij verzonden · %1</numerusform>
            <numerusform>%Ln rijen verzonden · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed · %1</source>
        <translation>Mislukt · %1</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>Bezig sinds %1</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Map %1</translation>
    </message>
    <message>
        <source>SFTP %1</source>
        <translation>SFTP %1</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nooit uitgevoerd</translation>
    </message>
    <message>
        <source>%1 is not a dataset of this workspace</source>
        <translation>%1 is geen dataset van deze werkruimte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4</source>
        <translation>%1: %2 in %3, %4</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Each run sends</source>
        <translation>Elke uitvoering verzendt</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Laatste uitvoering</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportsPage</name>
    <message>
        <source>No exports defined yet</source>
        <translation>Nog geen exports gedefinieerd</translation>
    </message>
    <message>
        <source>An export turns taken-in writebacks into the file your CRM or student information system imports: the columns it expects, its date format and separator, and where the file goes. Each run sends what is new since the last.</source>
        <translation>Een export zet opgehaalde writebacks om in het bestand dat uw CRM of studentinformatiesysteem importeert: de kolommen die het verwacht, de datumnotatie en het scheidingsteken, en waar het bestand naartoe gaat. Elke uitvoering verzendt wat er sinds de vorige nieuw is.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Nieuwe export…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>Nu &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Import definition…</source>
        <translation>Definitie &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport definition…</source>
        <translation>Definitie e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>The files made from your datasets for Slate, Salesforce and other systems, and how their last runs went.</source>
        <translation>De bestanden die van uw datasets worden gemaakt voor Slate, Salesforce en andere systemen, en hoe hun laatste uitvoeringen zijn verlopen.</translation>
    </message>
    <message>
        <source>Send what is new since the last run to the export&apos;s destination</source>
        <translation>Wat sinds de vorige uitvoering nieuw is, naar de bestemming van de export verzenden</translation>
    </message>
    <message>
        <source>Read an export definition from a JSON file, to check and save it here</source>
        <translation>Een exportdefinitie uit een JSON-bestand lezen om die hier te controleren en op te slaan</translation>
    </message>
    <message>
        <source>Write the selected export&apos;s definition to a JSON file</source>
        <translation>De definitie van de geselecteerde export naar een JSON-bestand schrijven</translation>
    </message>
    <message>
        <source>New export…</source>
        <translation>Nieuwe export…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Running “%1” — %2 of %3 rows</source>
        <translation>“%1” wordt uitgevoerd — %2 van %3 rijen</translation>
    </message>
    <message>
        <source>Import an export definition</source>
        <translation>Een exportdefinitie importeren</translation>
    </message>
    <message>
        <source>Export definitions (*.json);;All files (*)</source>
        <translation>Exportdefinities (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an export definition.</source>
        <translation>%1 is te groot voor een exportdefinitie.</translation>
    </message>
    <message>
        <source>It is not an export definition.</source>
        <translation>Het is geen exportdefinitie.</translation>
    </message>
    <message>
        <source>%1 cannot be imported:</source>
        <translation>%1 kan niet worden geïmporteerd:</translation>
    </message>
    <message>
        <source>Export the definition of “%1”</source>
        <translation>De definitie van “%1” exporteren</translation>
    </message>
    <message>
        <source>Export definitions (*.json)</source>
        <translation>Exportdefinities (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The definition of “%1” is in %2.</source>
        <translation>De definitie van “%1” staat in %2.</translation>
    </message>
    <message>
        <source>Remove export</source>
        <translation>Export verwijderen</translation>
    </message>
    <message>
        <source>Remove the export “%1”?

Files it has delivered stay where they are; the datasets are not touched.</source>
        <translation>De export “%1” verwijderen?

Bestanden die deze export heeft afgeleverd, blijven staan waar ze staan; de datasets worden niet aangeraakt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>“%1” wordt uitgevoerd…</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” is mislukt: %2</translation>
    </message>
    <message>
        <source>“%1” had nothing new to send, so no file was written.</source>
        <translation>“%1” had niets nieuws om te verzenden, dus er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” sent %Ln row(s) in %2 (%3) to %4.</source>
        <translation>
            <numerusform>“%1” heeft %Ln rij in %2 (%3) naar %4 verzonden.</numerusform>
            <numerusform>“%1” heeft %Ln rijen in %2 (%3) naar %4 verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <source>Choose when the selected export runs by itself, even while the app is closed</source>
        <translation>Kiezen wanneer de geselecteerde export vanzelf wordt uitgevoerd, ook als de app gesloten is</translation>
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
    <name>wb::ui::FileStep</name>
    <message>
        <source>Format of file</source>
        <translation>Bestandsopmaak</translation>
    </message>
    <message>
        <source>The file is UTF-8 CSV. Choose its layout, its name, and where each run delivers it.</source>
        <translation>Het bestand is een UTF-8-CSV. Kies de indeling, de naam en waar elke uitvoering het aflevert.</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>&amp;Kopregel</translation>
    </message>
    <message>
        <source>Byte-order &amp;mark (BOM)</source>
        <translation>Bytevolgorde&amp;markering (BOM)</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas</source>
        <translation>Beveiligen tegen &amp;formules</translation>
    </message>
    <message>
        <source>Local f&amp;older</source>
        <translation>&amp;Lokale map</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>SFT&amp;P server</source>
        <translation>SFTP-se&amp;rver</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>Sch&amp;eidingsteken:</translation>
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
        <translation>Re&amp;geleinden:</translation>
    </message>
    <message>
        <source>A first line with the columns&apos; headers, as named in “Choose data”</source>
        <translation>Een eerste regel met de koppen van de kolommen, zoals benoemd in “Gegevens kiezen”</translation>
    </message>
    <message>
        <source>Excel needs it for accents.</source>
        <translation>Excel heeft dit nodig voor accenten.</translation>
    </message>
    <message>
        <source>Without it, Excel reads the file in the computer&apos;s old code page: “Renée” shows as “RenÃ©e”.</source>
        <translation>Zonder deze markering leest Excel het bestand in de oude codetabel van de computer: “Renée” wordt weergegeven als “RenÃ©e”.</translation>
    </message>
    <message>
        <source>A spreadsheet runs such values as formulas; with the &apos; it shows them as text.</source>
        <translation>Een spreadsheet voert zulke waarden uit als formules; met de &apos; toont het ze als tekst.</translation>
    </message>
    <message>
        <source>Separate values with %1</source>
        <translation>Waarden scheiden met %1</translation>
    </message>
    <message>
        <source>End lines with CRLF</source>
        <translation>Regels beëindigen met CRLF</translation>
    </message>
    <message>
        <source>End lines with LF</source>
        <translation>Regels beëindigen met LF</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>Byte-order mark</source>
        <translation>Bytevolgordemarkering</translation>
    </message>
    <message>
        <source>Formula guard</source>
        <translation>Formulebeveiliging</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 aan</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 uit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>e.g. card_opens</source>
        <translation>bijv. card_opens</translation>
    </message>
    <message>
        <source>The part of the name that stays the same on every run, without extension</source>
        <translation>Het deel van de naam dat bij elke uitvoering hetzelfde blijft, zonder extensie</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <source>none: the same name every run</source>
        <translation>geen: bij elke uitvoering dezelfde naam</translation>
    </message>
    <message>
        <source>A date pattern added to the name on each run (yyyy year, MM month, dd day, HH hour, mm minute, ss second)</source>
        <translation>Een datumpatroon dat bij elke uitvoering aan de naam wordt toegevoegd (yyyy jaar, MM maand, dd dag, HH uur, mm minuut, ss seconde)</translation>
    </message>
    <message>
        <source>Date s&amp;uffix:</source>
        <translation>&amp;Datumachtervoegsel:</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Compressie:</translation>
    </message>
    <message>
        <source>What a second run on the same day does when its file&apos;s name is taken</source>
        <translation>Wat een tweede uitvoering op dezelfde dag doet als de naam van het bestand al bestaat</translation>
    </message>
    <message>
        <source>If the name is &amp;taken:</source>
        <translation>Als de naam al bes&amp;taat:</translation>
    </message>
    <message>
        <source>Change the file name</source>
        <translation>Bestandsnaam wijzigen</translation>
    </message>
    <message>
        <source>Change the date suffix</source>
        <translation>Datumachtervoegsel wijzigen</translation>
    </message>
    <message>
        <source>Compression: %1</source>
        <translation>Compressie: %1</translation>
    </message>
    <message>
        <source>When the name is taken: %1</source>
        <translation>Als de naam al bestaat: %1</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>the folder the file is written to</source>
        <translation>de map waarin het bestand wordt geschreven</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>(no connections: add one on the Connections page)</source>
        <translation>(geen verbindingen: voeg er een toe op de pagina Verbindingen)</translation>
    </message>
    <message>
        <source>(choose a connection)</source>
        <translation>(kies een verbinding)</translation>
    </message>
    <message>
        <source>Connect&amp;ion:</source>
        <translation>Verb&amp;inding:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>Externe m&amp;ap:</translation>
    </message>
    <message>
        <source>Deliver to a local folder</source>
        <translation>Afleveren in een lokale map</translation>
    </message>
    <message>
        <source>Upload by SFTP</source>
        <translation>Uploaden via SFTP</translation>
    </message>
    <message>
        <source>Change the folder</source>
        <translation>Map wijzigen</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Uploaden naar %1</translation>
    </message>
    <message>
        <source>Change the remote folder</source>
        <translation>Externe map wijzigen</translation>
    </message>
    <message>
        <source>Folder for the export&apos;s files</source>
        <translation>Map voor de bestanden van de export</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Map kiezen</translation>
    </message>
    <message>
        <source>Give the file a name to see what each run will call it.</source>
        <translation>Geef het bestand een naam om te zien hoe elke uitvoering het noemt.</translation>
    </message>
    <message>
        <source>A run now writes &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nu uitgevoerd schrijft de export &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>or, when that name is taken, %1</source>
        <translation>of, als die naam al bestaat, %1</translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (niet in deze werkruimte)</translation>
    </message>
    <message>
        <source>the connection&apos;s write path</source>
        <translation>de schrijfmap van de verbinding</translation>
    </message>
    <message>
        <source>the connection&apos;s write path, %1</source>
        <translation>de schrijfmap van de verbinding, %1</translation>
    </message>
    <message>
        <source>Deliver a &amp;manifest with each file</source>
        <translation>Bij elk bestand een &amp;manifest leveren</translation>
    </message>
    <message>
        <source>Text starting with = + - @, a tab or a CR gets a leading &apos;.</source>
        <translation>Tekst die begint met = + - @, een tab of een CR krijgt een &apos; ervoor.</translation>
    </message>
    <message>
        <source>&lt;file&gt;.manifest.json: size, SHA-256, rows and ranges, after the file.</source>
        <translation>&lt;bestand&gt;.manifest.json: grootte, SHA-256, rijen en bereiken, na het bestand.</translation>
    </message>
    <message>
        <source>The receiving side can check it got the whole file, and every row exactly once.</source>
        <translation>De ontvanger kan controleren dat het hele bestand is aangekomen, en elke rij precies één keer.</translation>
    </message>
    <message>
        <source>Manifest on</source>
        <translation>Manifest aan</translation>
    </message>
    <message>
        <source>Manifest off</source>
        <translation>Manifest uit</translation>
    </message>
    <message>
        <source>(reading the workspace…)</source>
        <translation>(de werkruimte wordt gelezen…)</translation>
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
    <message>
        <source>Make a &amp;rule for files like this one…</source>
        <translation>Een &amp;regel maken voor bestanden zoals dit…</translation>
    </message>
    <message>
        <source>Say in a rule of the connection how files like this one are taken in: their dataset, their date order</source>
        <translation>In een regel van de verbinding vastleggen hoe bestanden zoals dit worden opgehaald: hun dataset, de volgorde van hun datums</translation>
    </message>
</context>
<context>
    <name>wb::ui::GeneralStep</name>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Name the export, choose the dataset it reads, and which of its rows each run sends.</source>
        <translation>Geef de export een naam, kies de dataset die hij leest en welke rijen daarvan elke uitvoering verzendt.</translation>
    </message>
    <message>
        <source>e.g. card_opens_to_slate</source>
        <translation>bijv. card_opens_to_slate</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln rij</numerusform>
            <numerusform>%1 — %Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s)</source>
        <translation>
            <numerusform>%1: %n veld</numerusform>
            <numerusform>%1: %n velden</numerusform>
        </translation>
    </message>
    <message>
        <source>(no datasets: take files in on the Data page first)</source>
        <translation>(geen datasets: haal eerst bestanden op via de pagina Gegevens)</translation>
    </message>
    <message>
        <source>(choose the dataset to export)</source>
        <translation>(kies de dataset die u wilt exporteren)</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <source>Each run sends:</source>
        <translation>Elke uitvoering verzendt:</translation>
    </message>
    <message>
        <source>New &amp;rows</source>
        <translation>Nieuwe &amp;rijen</translation>
    </message>
    <message>
        <source>&amp;Changed rows</source>
        <translation>&amp;Gewijzigde rijen</translation>
    </message>
    <message>
        <source>New &amp;and changed rows</source>
        <translation>Nieuwe &amp;en gewijzigde rijen</translation>
    </message>
    <message>
        <source>&amp;Every row</source>
        <translation>&amp;Alle rijen</translation>
    </message>
    <message>
        <source>Rename the export</source>
        <translation>De export hernoemen</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 verzenden</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>How the export is listed; it also suggests the file name.</source>
        <translation>Hoe de export in de lijst staat; de naam dient ook als voorstel voor de bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (niet in deze werkruimte)</translation>
    </message>
    <message>
        <source>Renaming keeps the export&apos;s runs, schedule and what it has sent.</source>
        <translation>Hernoemen behoudt de runs, de planning en wat de export heeft verzonden.</translation>
    </message>
    <message>
        <source>(reading the workspace…)</source>
        <translation>(de werkruimte wordt gelezen…)</translation>
    </message>
    <message>
        <source>Dele&amp;ted records</source>
        <translation>Verwijderde reco&amp;rds</translation>
    </message>
    <message>
        <source>This dataset has no deleted records: Actito&apos;s profile, linked data, interaction and repository datasets do, marked by their deleted-records exports.</source>
        <translation>Deze dataset heeft geen verwijderde records: de datasets met profielen, gekoppelde gegevens, interacties en repository&apos;s van Actito wel, gemarkeerd door hun exports van verwijderde records.</translation>
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
    <name>wb::ui::IntakeRuleDialog</name>
    <message>
        <source>New intake rule</source>
        <translation>Nieuwe ophaalregel</translation>
    </message>
    <message>
        <source>none: the read path only</source>
        <translation>geen: alleen de leesmap</translation>
    </message>
    <message>
        <source>Automatic: as the file shows, or refused</source>
        <translation>Automatisch: zoals het bestand laat zien, anders geweigerd</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Dag eerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Maand eerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Jaar eerst (2026-12-31)</translation>
    </message>
    <message numerus="yes">
        <source>level(s) down</source>
        <translation>
            <numerusform>niveau diep</numerusform>
            <numerusform>niveaus diep</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised from the name and header</source>
        <translation>Herkend aan naam en kopregel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A dataset of your own…</source>
        <translation>Een eigen dataset…</translation>
    </message>
    <message>
        <source>Dataset of your own</source>
        <translation>Eigen dataset</translation>
    </message>
    <message>
        <source>Name of the dataset the files go into (lower-case letters, digits and _, e.g. “event_signups”):</source>
        <translation>Naam van de dataset waarin de bestanden terechtkomen (kleine letters, cijfers en _, bijv. “event_signups”):</translation>
    </message>
    <message>
        <source>Enter the folder on the server to move the files to.</source>
        <translation>Vul de map op de server in waar de bestanden heen moeten.</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel op&amp;slaan</translation>
    </message>
    <message>
        <source>Without a &apos;/&apos;, the pattern matches file names; with one, paths under the read path (such as */opens_*.csv).</source>
        <translation>Zonder &apos;/&apos; past het patroon op bestandsnamen; met een &apos;/&apos; op paden onder de leesmap (zoals */opens_*.csv).</translation>
    </message>
    <message>
        <source>Matches the file&apos;s path under the read path.</source>
        <translation>Past op het pad van het bestand onder de leesmap.</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, in the read path and its subfolders.</source>
        <translation>Past op de bestandsnaam, in de leesmap en haar submappen.</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, in the read path.</source>
        <translation>Past op de bestandsnaam, in de leesmap.</translation>
    </message>
    <message>
        <source>It does not match %1, the file it is made for.</source>
        <translation>Het past niet op %1, het bestand waarvoor de regel wordt gemaakt.</translation>
    </message>
    <message>
        <source>It matches %1.</source>
        <translation>Het past op %1.</translation>
    </message>
    <message>
        <source>Each file is recognised by its name and header, as without a rule.</source>
        <translation>Elk bestand wordt herkend aan naam en kopregel, zoals zonder regel.</translation>
    </message>
    <message>
        <source>Into the dataset %1.</source>
        <translation>In de dataset %1.</translation>
    </message>
    <message>
        <source>Into the dataset %1 of your own, read as the file&apos;s header says.</source>
        <translation>In uw eigen dataset %1, gelezen zoals de kopregel van het bestand zegt.</translation>
    </message>
</context>
<context>
    <name>wb::ui::IntakeRuleList</name>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Regel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>A fetch takes each file in by the first rule whose pattern matches it. Files no rule matches are recognised by their name and header, as without rules, and only in the read path itself.</source>
        <translation>Bij het ophalen geldt voor elk bestand de eerste regel waarvan het patroon erop past. Bestanden waarop geen regel past, worden herkend aan naam en kopregel, zoals zonder regels, en alleen in de leesmap zelf.</translation>
    </message>
    <message>
        <source>Enter edits the selected rule, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>Enter bewerkt de gekozen regel, Delete verwijdert hem, Alt+Omhoog en Alt+Omlaag verplaatsen hem</translation>
    </message>
    <message>
        <source>Try the selected rule before the one above it (Alt+Up)</source>
        <translation>De gekozen regel vóór de regel erboven proberen (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Try the selected rule after the one below it (Alt+Down)</source>
        <translation>De gekozen regel na de regel eronder proberen (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>recognised by name and header</source>
        <translation>herkend aan naam en kopregel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>dataset %1</translation>
    </message>
    <message>
        <source>dates day first</source>
        <translation>datums dag eerst</translation>
    </message>
    <message>
        <source>dates month first</source>
        <translation>datums maand eerst</translation>
    </message>
    <message>
        <source>dates year first</source>
        <translation>datums jaar eerst</translation>
    </message>
    <message>
        <source>kept on the server</source>
        <translation>bewaard op de server</translation>
    </message>
    <message>
        <source>deleted from the server</source>
        <translation>verwijderd van de server</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>verplaatst naar %1</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message numerus="yes">
        <source>(subfolders: %n level(s) down)</source>
        <translation>
            <numerusform>(submappen: %n niveau diep)</numerusform>
            <numerusform>(submappen: %n niveaus diep)</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake rule %1</source>
        <translation>Ophaalregel %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::LookupRow</name>
    <message>
        <source>where its</source>
        <translation>waar zijn</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>gelijk is aan</translation>
    </message>
    <message>
        <source>Add columns &amp;from:</source>
        <translation>Kolommen toevoegen &amp;uit:</translation>
    </message>
    <message>
        <source>Another dataset whose fields the file can hold as well: each row gets the latest row of that dataset with the matching value, or empty cells when there is none.</source>
        <translation>Een andere dataset waarvan het bestand ook de velden kan bevatten: elke rij krijgt de laatste rij van die dataset met de overeenkomende waarde, of lege cellen als die er niet is.</translation>
    </message>
    <message>
        <source>Field of the other dataset</source>
        <translation>Veld van de andere dataset</translation>
    </message>
    <message>
        <source>Field of this export&apos;s dataset</source>
        <translation>Veld van de dataset van deze export</translation>
    </message>
    <message>
        <source>no other dataset</source>
        <translation>geen andere dataset</translation>
    </message>
    <message>
        <source>Add no columns from another dataset</source>
        <translation>Geen kolommen uit een andere dataset toevoegen</translation>
    </message>
    <message>
        <source>Add columns from %1</source>
        <translation>Kolommen toevoegen uit %1</translation>
    </message>
    <message>
        <source>Match the other dataset&apos;s %1 with %2</source>
        <translation>%1 van de andere dataset koppelen aan %2</translation>
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
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>&amp;Instellingen van de werkruimte…</translation>
    </message>
</context>
<context>
    <name>wb::ui::PreviewPane</name>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Nog niets te tonen</translation>
    </message>
    <message>
        <source>The first rows of the file appear here, exactly as the next run would write them, and change as you design it.</source>
        <translation>De eerste rijen van het bestand verschijnen hier, precies zoals de volgende uitvoering ze zou schrijven, en veranderen terwijl u het ontwerpt.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Raw file</source>
        <translation>Onbewerkt bestand</translation>
    </message>
    <message>
        <source>Choose a dataset in “General” to see the first rows of the file.</source>
        <translation>Kies een dataset in “Algemeen” om de eerste rijen van het bestand te zien.</translation>
    </message>
    <message>
        <source>Add columns in “Choose data” to see the first rows of the file.</source>
        <translation>Voeg kolommen toe in “Gegevens kiezen” om de eerste rijen van het bestand te zien.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new for the next run: these are the dataset&apos;s latest %Ln row(s).</source>
        <translation>
            <numerusform>Niets nieuws voor de volgende uitvoering: dit is de laatste %Ln rij van de dataset.</numerusform>
            <numerusform>Niets nieuws voor de volgende uitvoering: dit zijn de laatste %Ln rijen van de dataset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next run: %Ln row(s), all shown.</source>
        <translation>
            <numerusform>Volgende uitvoering: %Ln rij, getoond.</numerusform>
            <numerusform>Volgende uitvoering: %Ln rijen, allemaal getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 rows — first %Ln shown.</source>
        <translation>
            <numerusform>Volgende uitvoering: %1 rijen — eerste %Ln getoond.</numerusform>
            <numerusform>Volgende uitvoering: %1 rijen — eerste %Ln getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark</source>
        <translation>UTF-8 met bytevolgordemarkering</translation>
    </message>
    <message>
        <source>UTF-8 without a byte-order mark</source>
        <translation>UTF-8 zonder bytevolgordemarkering</translation>
    </message>
    <message>
        <source>CRLF line endings</source>
        <translation>CRLF-regeleinden</translation>
    </message>
    <message>
        <source>LF line endings</source>
        <translation>LF-regeleinden</translation>
    </message>
    <message>
        <source>values separated by %1</source>
        <translation>waarden gescheiden door %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>Preview is updating</source>
        <translation>Voorbeeld wordt bijgewerkt</translation>
    </message>
</context>
<context>
    <name>wb::ui::PreviewTableModel</name>
    <message>
        <source>Starts with = + - or @: Excel and other spreadsheets would run this value as a formula. Turn on “Guard against formulas” in “Format of file” to write it as text.</source>
        <translation>Begint met = + - of @: Excel en andere spreadsheets zouden deze waarde als formule uitvoeren. Schakel “Beveiligen tegen formules” in bij “Bestandsopmaak” om de waarde als tekst te schrijven.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>wb::ui::QueueEditor</name>
    <message>
        <source>New queue</source>
        <translation>Nieuwe wachtrij</translation>
    </message>
    <message>
        <source>the password the platform gave you</source>
        <translation>het wachtwoord dat u van het platform hebt gekregen</translation>
    </message>
    <message>
        <source>Edit queue %1</source>
        <translation>Wachtrij %1 bewerken</translation>
    </message>
    <message>
        <source>unchanged: kept in the system keychain</source>
        <translation>ongewijzigd: bewaard in de systeemsleutelhanger</translation>
    </message>
    <message>
        <source>amqp:// has no TLS: the password and every message cross the network readable. Use it only for a broker on this computer; Amazon MQ takes amqps://HOST:5671.</source>
        <translation>amqp:// gebruikt geen TLS: het wachtwoord en elk bericht gaan leesbaar over het netwerk. Gebruik het alleen voor een broker op deze computer; Amazon MQ verwacht amqps://HOST:5671.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-certificaat kiezen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Wachtwoord opslaan in de systeemsleutelhanger…</translation>
    </message>
    <message>
        <source>The queue was saved, but the password could not be stored in the system keychain: %1
Set WRITEBACK_QUEUE_PASSWORD for the runs that read this queue.</source>
        <translation>De wachtrij is opgeslagen, maar het wachtwoord kon niet in de systeemsleutelhanger worden bewaard: %1
Stel WRITEBACK_QUEUE_PASSWORD in voor de uitvoeringen die deze wachtrij lezen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
    <name>wb::ui::RuleFromFile</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 came from the connection “%2”, which is no longer there: add a rule to the connection that fetches such files now.</source>
        <translation>%1 kwam van de verbinding “%2”, die er niet meer is: voeg een regel toe aan de verbinding die zulke bestanden nu ophaalt.</translation>
    </message>
    <message>
        <source>%1 was refused because its dates can be read day first or month first: %2
Day first is chosen below; check it against the file.</source>
        <translation>%1 is geweigerd omdat bij de datums de dag of de maand eerst kan staan: %2
Hieronder is dag eerst gekozen; controleer dat aan de hand van het bestand.</translation>
    </message>
    <message>
        <source>%1 has the columns of several formats, and its name does not say which: %2. Choose the one it is.</source>
        <translation>%1 heeft de kolommen van meerdere formaten, en de naam zegt niet welk: %2. Kies het juiste.</translation>
    </message>
    <message>
        <source>%1 matches no known format: choose the dataset its files go into.</source>
        <translation>%1 past bij geen enkel bekend formaat: kies de dataset waarin zulke bestanden terechtkomen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The rule is tried before rule %1 (%2), which matches this file too.</source>
        <translation>De regel wordt geprobeerd vóór regel %1 (%2), die ook op dit bestand past.</translation>
    </message>
    <message>
        <source>Rule for files like %1 on %2</source>
        <translation>Regel voor bestanden zoals %1 bij %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsChart</name>
    <message>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %n run(s)</source>
        <translation>
            <numerusform>%1 rijen in %n uitvoering</numerusform>
            <numerusform>%1 rijen in %n uitvoeringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>No runs from %1</source>
        <translation>Geen uitvoeringen van %1</translation>
    </message>
    <message>
        <source>Rows per day, %1</source>
        <translation>Rijen per dag, %1</translation>
    </message>
    <message>
        <source>Rows per week, %1</source>
        <translation>Rijen per week, %1</translation>
    </message>
    <message>
        <source>Rows per month, %1</source>
        <translation>Rijen per maand, %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Rows (millions)</source>
        <translation>Rijen (miljoenen)</translation>
    </message>
    <message>
        <source>Rows (thousands)</source>
        <translation>Rijen (duizenden)</translation>
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
        <translation>Ophalen %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nieuwe poging</translation>
    </message>
    <message>
        <source>Re-delivery</source>
        <translation>Heraflevering</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n meer)</numerusform>
            <numerusform>%1 (+%n meer)</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestart door</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Consume %1</source>
        <translation>Uitlezen %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsPage</name>
    <message>
        <source>Nothing has run yet</source>
        <translation>Er is nog niets uitgevoerd</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Re-&amp;deliver</source>
        <translation>Opnieuw a&amp;fleveren</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>&amp;Bestand openen</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>Pla&amp;nnen…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <source>Read the runs again, including those the system&apos;s scheduler started</source>
        <translation>De uitvoeringen opnieuw inlezen, ook die welke de systeemplanner heeft gestart</translation>
    </message>
    <message>
        <source>Send this run&apos;s file again, under a new name, without moving the export on</source>
        <translation>Het bestand van deze uitvoering opnieuw verzenden, onder een nieuwe naam, zonder de export verder te zetten</translation>
    </message>
    <message>
        <source>Open the delivered file</source>
        <translation>Het afgeleverde bestand openen</translation>
    </message>
    <message>
        <source>Open the folder the file was delivered to</source>
        <translation>De map openen waarin het bestand is afgeleverd</translation>
    </message>
    <message>
        <source>Copy the run&apos;s report, e.g. into a support ticket</source>
        <translation>Het rapport van de uitvoering kopiëren, bijv. naar een supportticket</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>V&amp;anaf</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle taken</translation>
    </message>
    <message>
        <source>Select a run to see its report.</source>
        <translation>Selecteer een uitvoering om het rapport ervan te zien.</translation>
    </message>
    <message>
        <source>No runs match these filters.</source>
        <translation>Geen uitvoeringen die aan deze filters voldoen.</translation>
    </message>
    <message>
        <source>%1 — %2, run %3</source>
        <translation>%1 — %2, uitvoering %3</translation>
    </message>
    <message>
        <source>Select a run or a job to set when it runs by itself</source>
        <translation>Selecteer een uitvoering of taak om in te stellen wanneer die vanzelf wordt uitgevoerd</translation>
    </message>
    <message>
        <source>Set when %1 runs by itself</source>
        <translation>Instellen wanneer %1 vanzelf wordt uitgevoerd</translation>
    </message>
    <message>
        <source>Running %1 again…</source>
        <translation>%1 wordt opnieuw uitgevoerd…</translation>
    </message>
    <message>
        <source>%1 ran again: there was nothing new to deliver.</source>
        <translation>%1 is opnieuw uitgevoerd: er was niets nieuws om af te leveren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran again: %n row(s) in %2.</source>
        <translation>
            <numerusform>%1 is opnieuw uitgevoerd: %n rij in %2.</numerusform>
            <numerusform>%1 is opnieuw uitgevoerd: %n rijen in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is running already, so it was not started again: %2</source>
        <translation>%1 wordt al uitgevoerd en is dus niet opnieuw gestart: %2</translation>
    </message>
    <message>
        <source>%1 failed again: %2</source>
        <translation>%1 is opnieuw mislukt: %2</translation>
    </message>
    <message>
        <source>Sending %1 again…</source>
        <translation>%1 wordt opnieuw verzonden…</translation>
    </message>
    <message>
        <source>Sent the rows of run %1 again as %2.</source>
        <translation>De rijen van uitvoering %1 zijn opnieuw verzonden als %2.</translation>
    </message>
    <message>
        <source>Run %1 could not be sent again: %2</source>
        <translation>Uitvoering %1 kon niet opnieuw worden verzonden: %2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Geen enkel programma kon %1 openen.</translation>
    </message>
    <message>
        <source>%1 is no longer in %2; whatever picks the files up may have taken it.</source>
        <translation>%1 staat niet meer in %2; wat de bestanden daar ophaalt, heeft het misschien al meegenomen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist any more.</source>
        <translation>De map %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>Copied the report of run %1.</source>
        <translation>Het rapport van uitvoering %1 is gekopieerd.</translation>
    </message>
    <message>
        <source>Every fetch, consume and export run is recorded here: when it ran, what it moved and, when something failed, why. Run an export on the Exports page, or give it a schedule so it runs by itself.</source>
        <translation>Elke uitvoering van ophalen, uitlezen en exporteren wordt hier vastgelegd: wanneer die plaatsvond, wat er is overgebracht en, als er iets mislukte, waarom. Voer een export uit op de pagina Exports, of geef hem een planning zodat hij vanzelf wordt uitgevoerd.</translation>
    </message>
    <message>
        <source>Every fetch, consume and export run, newest first: by hand, on a schedule or retried.</source>
        <translation>Elke uitvoering van ophalen, uitlezen en exporteren, nieuwste eerst: handmatig, gepland of opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Run the job of this failed run again: an export sends the rows the failed run did not, a fetch takes in the files still new, a consume the messages still waiting</source>
        <translation>De taak van deze mislukte uitvoering opnieuw uitvoeren: een export verzendt de rijen die de mislukte uitvoering niet heeft verzonden, ophalen haalt de bestanden op die nog nieuw zijn, uitlezen de berichten die nog wachten</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran again: %n row(s) taken in.</source>
        <translation>
            <numerusform>%1 is opnieuw uitgevoerd: %n rij opgehaald.</numerusform>
            <numerusform>%1 is opnieuw uitgevoerd: %n rijen opgehaald.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ScheduleEditor</name>
    <message>
        <source>O&amp;n</source>
        <translation>O&amp;p</translation>
    </message>
    <message>
        <source>&amp;Paused: keep the schedule, but do not run it</source>
        <translation>&amp;Gepauzeerd: de planning behouden, maar niet uitvoeren</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Volgende uitvoeringen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Remove schedule</source>
        <translation>Planning &amp;verwijderen</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Planning van %1</translation>
    </message>
    <message>
        <source>When %1 runs</source>
        <translation>Wanneer %1 wordt uitgevoerd</translation>
    </message>
    <message>
        <source>It runs by itself at these times, whether or not Writeback Studio is open. Times are wall-clock times in the schedule&apos;s time zone, summer and winter.</source>
        <translation>De taak wordt op deze tijden vanzelf uitgevoerd, of Writeback Studio nu open is of niet. Tijden zijn kloktijden in de tijdzone van de planning, in de zomer en in de winter.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Elke N uur</translation>
    </message>
    <message>
        <source>On some days of the week</source>
        <translation>Op bepaalde dagen van de week</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Om de N dagen</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Frequentie</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Tijdzone van deze computer (%1)</translation>
    </message>
    <message>
        <source>The zone whose wall-clock times the schedule keeps. This computer&apos;s zone follows the computer when it moves; a named zone stays put.</source>
        <translation>De zone waarvan de planning de kloktijden aanhoudt. De zone van deze computer verhuist mee met de computer; een zone met een naam blijft vast.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Tijd&amp;zone</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 in %3)</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Elke</translation>
    </message>
    <message>
        <source>&amp;First run of the day</source>
        <translation>Eerste uitvoering van de &amp;dag</translation>
    </message>
    <message>
        <source>The runs of a day start at the first run and stop at midnight.</source>
        <translation>De uitvoeringen van een dag beginnen bij de eerste uitvoering en stoppen om middernacht.</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>Counted from the day the schedule was made.</source>
        <translation>Geteld vanaf de dag waarop de planning is gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> uur</numerusform>
            <numerusform> uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a time zone from the list (type part of its name to find it).</source>
        <translation>Kies een tijdzone uit de lijst (typ een deel van de naam om die te vinden).</translation>
    </message>
    <message>
        <source>Next runs, once it is resumed</source>
        <translation>Volgende uitvoeringen, zodra de planning is hervat</translation>
    </message>
    <message>
        <source>Not saved yet: %1 still runs as saved (%2).</source>
        <translation>Nog niet opgeslagen: %1 wordt nog uitgevoerd zoals opgeslagen (%2).</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>Registered with the %1. While paused, the runs it starts do nothing.</source>
        <translation>Geregistreerd bij de systeemplanner (%1). Zolang de planning is gepauzeerd, doen de uitvoeringen die deze start niets.</translation>
    </message>
    <message>
        <source>Registered with the %1: it runs at these times whether or not Writeback Studio is open.</source>
        <translation>Geregistreerd bij de systeemplanner (%1): de taak wordt op deze tijden uitgevoerd, of Writeback Studio nu open is of niet.</translation>
    </message>
    <message>
        <source>it is not registered with the %1.</source>
        <translation>de planning is niet geregistreerd bij de systeemplanner (%1).</translation>
    </message>
    <message>
        <source>Runs only while Writeback Studio is open: %1</source>
        <translation>Wordt alleen uitgevoerd als Writeback Studio open is: %1</translation>
    </message>
    <message>
        <source>Saved. Registering with the system&apos;s scheduler…</source>
        <translation>Opgeslagen. Registreren bij de systeemplanner…</translation>
    </message>
    <message>
        <source>writeback-cli, which the system&apos;s scheduler would start, was not found beside Writeback Studio.</source>
        <translation>writeback-cli, dat de systeemplanner zou starten, is niet gevonden naast Writeback Studio.</translation>
    </message>
    <message>
        <source>Checking the system&apos;s scheduler…</source>
        <translation>Systeemplanner controleren…</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Planning verwijderen</translation>
    </message>
    <message>
        <source>Remove the schedule of %1? It will no longer run by itself; you can still run it by hand.</source>
        <translation>De planning van %1 verwijderen? De taak wordt dan niet meer vanzelf uitgevoerd; u kunt deze nog steeds handmatig uitvoeren.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Removing the registration…</source>
        <translation>Registratie verwijderen…</translation>
    </message>
    <message>
        <source>The schedule was removed, but its system registration could not be: %1</source>
        <translation>De planning is verwijderd, maar de systeemregistratie ervan niet: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::SummaryStep</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Check the export as a whole, then save it, or save it and send its first file now.</source>
        <translation>Controleer de export als geheel en sla hem daarna op, of sla hem op en verzend nu meteen het eerste bestand.</translation>
    </message>
    <message>
        <source>This export</source>
        <translation>Deze export</translation>
    </message>
    <message>
        <source>%1 reads %2 (%3).</source>
        <translation>%1 leest %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) now</source>
        <translation>
            <numerusform>nu %Ln rij</numerusform>
            <numerusform>nu %Ln rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reads the dataset %2, which this workspace does not have.</source>
        <translation>%1 leest de dataset %2, die deze werkruimte niet heeft.</translation>
    </message>
    <message>
        <source>%1 has no dataset yet.</source>
        <translation>%1 heeft nog geen dataset.</translation>
    </message>
    <message>
        <source>Each run sends %1.</source>
        <translation>Elke uitvoering verzendt %1.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>No columns chosen yet.</source>
        <translation>Nog geen kolommen gekozen.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 uit %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s), in this order: %1.</source>
        <translation>
            <numerusform>Het bestand heeft %n kolom: %1.</numerusform>
            <numerusform>Het bestand heeft %n kolommen, in deze volgorde: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Booleans are written %1; dates as %2 and dates with a time as %3; several values in one field are separated by %4.</source>
        <translation>Booleans worden geschreven als %1; datums als %2 en datums met een tijd als %3; meerdere waarden in één veld worden gescheiden door %4.</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>een kopregel</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>geen kopregel</translation>
    </message>
    <message>
        <source>CRLF line endings</source>
        <translation>CRLF-regeleinden</translation>
    </message>
    <message>
        <source>LF line endings</source>
        <translation>LF-regeleinden</translation>
    </message>
    <message>
        <source>a byte-order mark for Excel</source>
        <translation>een bytevolgordemarkering voor Excel</translation>
    </message>
    <message>
        <source>no byte-order mark</source>
        <translation>geen bytevolgordemarkering</translation>
    </message>
    <message>
        <source>Values are separated by %1, with %2.</source>
        <translation>Waarden worden gescheiden door %1; %2.</translation>
    </message>
    <message>
        <source>A run now writes %1</source>
        <translation>Nu uitgevoerd schrijft de export %1</translation>
    </message>
    <message>
        <source>(compressed with %1)</source>
        <translation>(gecomprimeerd met %1)</translation>
    </message>
    <message>
        <source>; when that name is taken, it adds _2, _3… before the extension.</source>
        <translation>; als die naam al bestaat, wordt _2, _3… vóór de extensie toegevoegd.</translation>
    </message>
    <message>
        <source>; when that name is taken, the run fails.</source>
        <translation>; als die naam al bestaat, mislukt de uitvoering.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Nog geen map gekozen.</translation>
    </message>
    <message>
        <source>Files are written to the folder %1.</source>
        <translation>Bestanden worden in de map %1 geschreven.</translation>
    </message>
    <message>
        <source>No connection chosen yet.</source>
        <translation>Nog geen verbinding gekozen.</translation>
    </message>
    <message>
        <source>Files are uploaded over SFTP to %1, into its write path.</source>
        <translation>Bestanden worden via SFTP geüpload naar %1, in de schrijfmap ervan.</translation>
    </message>
    <message>
        <source>Files are uploaded over SFTP to %1, into %2.</source>
        <translation>Bestanden worden via SFTP geüpload naar %1, in %2.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Klaar om op te slaan.</translation>
    </message>
    <message>
        <source>Text starting with = + - @, a tab or a CR is guarded with a leading &apos;.</source>
        <translation>Tekst die begint met = + - @, een tab of een CR wordt beschermd met een &apos; ervoor.</translation>
    </message>
    <message>
        <source>Text starting with = + - @, a tab or a CR is written as it is.</source>
        <translation>Tekst die begint met = + - @, een tab of een CR wordt geschreven zoals hij is.</translation>
    </message>
</context>
<context>
    <name>wb::ui::TrayIcon</name>
    <message>
        <source>&amp;Open Writeback Studio</source>
        <translation>Writeback Studio &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Run due jobs now</source>
        <translation>Taken die aan de beurt zijn nu &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Run the scheduled jobs whose time has come, without waiting for the next check</source>
        <translation>De geplande taken uitvoeren waarvan het tijd is, zonder op de volgende controle te wachten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>vandaag om %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen om %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gisteren om %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Writeback Studio</source>
        <translation>Writeback Studio</translation>
    </message>
    <message>
        <source>Next run: %1, %2</source>
        <translation>Volgende uitvoering: %1, %2</translation>
    </message>
    <message>
        <source>No scheduled runs</source>
        <translation>Geen geplande uitvoeringen</translation>
    </message>
    <message>
        <source>Last failure: %1, %2</source>
        <translation>Laatste mislukking: %1, %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislukt</translation>
    </message>
    <message>
        <source>No reason was recorded; see the Runs page.</source>
        <translation>Er is geen reden vastgelegd; zie de pagina Uitvoeringen.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled run(s) failed</source>
        <translation>
            <numerusform>%n geplande uitvoering is mislukt</numerusform>
            <numerusform>%n geplande uitvoeringen zijn mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
<context>
    <name>wb::ui::ValuesStep</name>
    <message>
        <source>Format of values</source>
        <translation>Opmaak van waarden</translation>
    </message>
    <message>
        <source>How values of each type are written, so that the system taking the file in reads them right. The preview shows the result.</source>
        <translation>Hoe waarden van elk type worden geschreven, zodat het systeem dat het bestand inleest ze juist leest. Het voorbeeld toont het resultaat.</translation>
    </message>
    <message>
        <source>Yes/no values</source>
        <translation>Ja/nee-waarden</translation>
    </message>
    <message>
        <source>B&amp;ooleans:</source>
        <translation>&amp;Booleans:</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Datums en tijden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other patterns</source>
        <translation>Andere patronen</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>Voor&amp;instelling:</translation>
    </message>
    <message>
        <source>Qt date pattern: d, dd, M, MM, MMM, yy, yyyy</source>
        <translation>Qt-datumpatroon: d, dd, M, MM, MMM, yy, yyyy</translation>
    </message>
    <message>
        <source>&amp;Date pattern:</source>
        <translation>&amp;Datumpatroon:</translation>
    </message>
    <message>
        <source>Date and &amp;time pattern:</source>
        <translation>Patroon voor datum en &amp;tijd:</translation>
    </message>
    <message>
        <source>Several values in one field</source>
        <translation>Meerdere waarden in één veld</translation>
    </message>
    <message>
        <source>&amp;Multi-value separator:</source>
        <translation>Scheidingsteken voor &amp;meerdere waarden:</translation>
    </message>
    <message>
        <source>Between the values of a field that holds several, e.g. the options of a form answer. Not the file&apos;s separator (that is in the next step).</source>
        <translation>Tussen de waarden van een veld dat er meerdere bevat, bijv. de opties van een formulierantwoord. Niet het scheidingsteken van het bestand (dat staat in de volgende stap).</translation>
    </message>
    <message>
        <source>Write booleans as %1</source>
        <translation>Booleans schrijven als %1</translation>
    </message>
    <message>
        <source>Use %1 dates</source>
        <translation>Datums als %1 gebruiken</translation>
    </message>
    <message>
        <source>Change the date pattern</source>
        <translation>Datumpatroon wijzigen</translation>
    </message>
    <message>
        <source>Change the date-time pattern</source>
        <translation>Patroon voor datum en tijd wijzigen</translation>
    </message>
    <message>
        <source>Change the multi-value separator</source>
        <translation>Scheidingsteken voor meerdere waarden wijzigen</translation>
    </message>
    <message>
        <source>No column of the file has this type yet.</source>
        <translation>Nog geen enkele kolom van het bestand heeft dit type.</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>Van toepassing op: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>Qt date-time pattern: the date&apos;s letters and H, HH (24-hour), h, hh with AP (12-hour), mm, ss, zzz; ffffff for microseconds, FFFFFF for them only when there are some</source>
        <translation>Qt-patroon voor datum en tijd: de letters van de datum en H, HH (24-uurs), h, hh met AP (12-uurs), mm, ss, zzz; ffffff voor microseconden, FFFFFF voor microseconden alleen als die er zijn</translation>
    </message>
</context>
<context>
    <name>wb::ui::Wording</name>
    <message>
        <source>New rows</source>
        <translation>Nieuwe rijen</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>Gewijzigde rijen</translation>
    </message>
    <message>
        <source>New and changed rows</source>
        <translation>Nieuwe en gewijzigde rijen</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <source>Only rows taken in since the last run.</source>
        <translation>Alleen rijen die sinds de vorige uitvoering zijn opgehaald.</translation>
    </message>
    <message>
        <source>Only rows a later file changed since the last run; rows that are simply new are left out.</source>
        <translation>Alleen rijen die een later bestand sinds de vorige uitvoering heeft gewijzigd; rijen die gewoon nieuw zijn, blijven buiten beschouwing.</translation>
    </message>
    <message>
        <source>Rows taken in or changed since the last run.</source>
        <translation>Rijen die sinds de vorige uitvoering zijn opgehaald of gewijzigd.</translation>
    </message>
    <message>
        <source>Every row of the dataset, on every run.</source>
        <translation>Alle rijen van de dataset, bij elke uitvoering.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puntkomma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
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
        <translation>_2, _3… toevoegen vóór de extensie</translation>
    </message>
    <message>
        <source>Fail the run</source>
        <translation>De uitvoering laten mislukken</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>geheel getal</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>datum en tijd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>geen map gekozen</translation>
    </message>
    <message>
        <source>no connection chosen</source>
        <translation>geen verbinding gekozen</translation>
    </message>
    <message>
        <source>%1, its write path</source>
        <translation>%1, de schrijfmap ervan</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Verwijderde records</translation>
    </message>
    <message>
        <source>Only records a deleted-records export marked deleted since the last run, each once.</source>
        <translation>Alleen records die een export van verwijderde records sinds de vorige uitvoering als verwijderd heeft gemarkeerd, elk één keer.</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceSettingsDialog</name>
    <message>
        <source>%1 to %2 days; %3 unless changed</source>
        <translation>%1 tot %2 dagen; standaard %3</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceWrite</name>
    <message>
        <source>Waiting for the import or run that is writing to the workspace; your change is saved as soon as it finishes.</source>
        <translation>Wachten op de import of run die naar de werkruimte schrijft; uw wijziging wordt opgeslagen zodra die klaar is.</translation>
    </message>
</context>
</TS>
