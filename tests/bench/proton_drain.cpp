// SPDX-License-Identifier: GPL-3.0-or-later
// The peer for queue_bench: the simplest receiver Proton's C++ API allows (what its own
// simple_recv example does): connect, let Proton accept every message as it arrives, keep
// nothing, stop after N. Usage: proton_drain URL ADDRESS USER PASSWORD N
#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/message.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

class Drain : public proton::messaging_handler
{
public:
    Drain(std::string url, std::string address, std::string user, std::string password, long count)
        : m_url(std::move(url)), m_address(std::move(address)), m_user(std::move(user)),
          m_password(std::move(password)), m_count(count)
    {}

    void on_container_start(proton::container &c) override
    {
        proton::connection_options o;
        o.user(m_user).password(m_password).sasl_allowed_mechs("PLAIN").sasl_allow_insecure_mechs(true);
        c.connect(m_url, o);
    }
    void on_connection_open(proton::connection &c) override { c.open_receiver(m_address); }
    void on_message(proton::delivery &d, proton::message &) override
    {
        if (++m_received == m_count)
            d.connection().close();
    }

    long received() const { return m_received; }

private:
    std::string m_url, m_address, m_user, m_password;
    long m_count;
    long m_received = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: proton_drain URL ADDRESS USER PASSWORD N\n");
        return 2;
    }
    Drain drain(argv[1], argv[2], argv[3], argv[4], std::atol(argv[5]));
    proton::container(drain).run();
    return drain.received() == std::atol(argv[5]) ? 0 : 1;
}
