// SPDX-License-Identifier: GPL-3.0-or-later
// Puts a CA certificate (PEM or DER) into the current user's Trusted Root store, as
// `certutil -user -addstore Root FILE` does on Windows; Wine has no certutil. For
// packaging/windows/queue-wine.sh, which checks that the app trusts a broker through the store.
//
//   add-root-ca.exe FILE
#include <windows.h>
#include <wincrypt.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: add-root-ca.exe FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "add-root-ca: cannot open %s\n", argv[1]);
        return 1;
    }
    static BYTE text[65536];
    const DWORD size = (DWORD)fread(text, 1, sizeof text, f);
    fclose(f);
    static BYTE der[65536];
    DWORD derSize = sizeof der;
    if (!CryptStringToBinaryA((const char *)text, size, CRYPT_STRING_BASE64HEADER, der, &derSize, NULL, NULL)) {
        memcpy(der, text, size); // not PEM: DER as it is
        derSize = size;
    }
    HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_A, 0, 0, CERT_SYSTEM_STORE_CURRENT_USER, "Root");
    if (!store) {
        fprintf(stderr, "add-root-ca: cannot open the user's Root store (error %lu)\n", GetLastError());
        return 1;
    }
    if (!CertAddEncodedCertificateToStore(store, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, der, derSize,
                                          CERT_STORE_ADD_REPLACE_EXISTING, NULL)) {
        fprintf(stderr, "add-root-ca: %s is not a certificate Windows reads (error %lu)\n", argv[1], GetLastError());
        CertCloseStore(store, 0);
        return 1;
    }
    CertCloseStore(store, 0);
    printf("added %s to the user's Root store\n", argv[1]);
    return 0;
}
