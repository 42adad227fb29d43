// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows build's Proton, checked under Wine (packaging/windows/proton-smoke.sh): connects
// with SASL PLAIN, receives one message, accepts it, prints it and what the connection used.
//
//   proton-smoke.exe URL ADDRESS USER PASSWORD [TRUST]
//
// TRUST, for amqps:// only: a PKCS#12 file holding the CA (Proton's Schannel takes no PEM), or
// "none" to encrypt without checking the server's certificate. Exits 0 once a message was
// received, 1 on any error (a refused certificate among them); the caller bounds the wait.
#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/message.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver_options.hpp>
#include <proton/sasl.hpp>
#include <proton/ssl.hpp>
#include <proton/transport.hpp>

#include <iostream>
#include <string>

namespace {

class Smoke : public proton::messaging_handler
{
public:
    Smoke(std::string url, std::string address, std::string user, std::string password, std::string trust)
        : m_url(std::move(url)), m_address(std::move(address)), m_user(std::move(user)),
          m_password(std::move(password)), m_trust(std::move(trust))
    {}

    bool received = false;

    void on_container_start(proton::container &c) override
    {
        proton::connection_options o;
        o.user(m_user).password(m_password).sasl_allowed_mechs("PLAIN").sasl_allow_insecure_mechs(true);
        if (m_trust == "none")
            o.ssl_client_options(proton::ssl_client_options(proton::ssl::ANONYMOUS_PEER));
        else if (!m_trust.empty())
            o.ssl_client_options(proton::ssl_client_options(m_trust, proton::ssl::VERIFY_PEER));
        c.open_receiver(m_url + "/" + m_address, proton::receiver_options().credit_window(1), o);
    }

    void on_connection_open(proton::connection &c) override
    {
        proton::transport t = c.transport();
        std::cout << "connected: sasl=" << t.sasl().mech() << " user=" << t.sasl().user();
        const std::string cipher = m_url.rfind("amqps:", 0) == 0 ? t.ssl().cipher() : std::string();
        std::cout << " tls=" << (cipher.empty() ? "no" : t.ssl().protocol() + " " + cipher) << '\n';
    }

    void on_message(proton::delivery &d, proton::message &m) override
    {
        std::cout << "received: " << proton::to_string(m.body()) << '\n';
        received = true;
        d.accept();
        d.connection().close();
    }

    void on_transport_error(proton::transport &t) override
    {
        std::cerr << "proton-smoke: " << t.error().what() << '\n';
    }

    void on_error(const proton::error_condition &e) override
    {
        std::cerr << "proton-smoke: " << e.what() << '\n';
    }

private:
    std::string m_url, m_address, m_user, m_password, m_trust;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::cerr << "usage: proton-smoke URL ADDRESS USER PASSWORD [PKCS12-CA|none]\n";
        return 2;
    }
    Smoke smoke(argv[1], argv[2], argv[3], argv[4], argc > 5 ? argv[5] : "");
    try {
        proton::container(smoke).run();
    } catch (const std::exception &e) {
        std::cerr << "proton-smoke: " << e.what() << '\n';
        return 1;
    }
    return smoke.received ? 0 : 1;
}
