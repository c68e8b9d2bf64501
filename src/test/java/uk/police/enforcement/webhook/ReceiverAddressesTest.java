package uk.police.enforcement.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
/** The SSRF guard's rules, as production runs it (https only, nothing allowlisted) and with an allowlist. */
class ReceiverAddressesTest {

    private final ReceiverAddresses production = new ReceiverAddresses(true, List.of());

    private static String refusal(ReceiverAddresses guard, String url) {
        return assertThrows(ReceiverAddresses.Refused.class, () -> guard.check(url), url).getMessage();
    }

    @Test
    void productionCallsOnlyHttpsUrlsOfPublicAddresses() throws Exception {
        assertEquals("must be an https URL", refusal(production, "http://203.0.113.10/hooks"));
        ReceiverAddresses.Receiver receiver = production.check("https://203.0.113.10:8443/hooks/x?a=1");
        assertEquals("203.0.113.10", receiver.address().getHostAddress());
        assertEquals(8443, receiver.port());
        assertEquals("/hooks/x?a=1", receiver.pathAndQuery());
        assertEquals(443, production.check("https://[2001:db8::1]").port());
        assertEquals("/", production.check("https://[2001:db8::1]").pathAndQuery());
    }

    @Test
    void internalAddressesAreRefusedWithWhatTheyAre() {
        for (String url : List.of("https://127.0.0.1/", "https://localhost/", "https://10.0.0.1/", "https://172.16.5.4/",
                "https://192.168.1.1/", "https://169.254.169.254/", "https://0.0.0.0/", "https://100.64.0.1/",
                "https://[::1]/", "https://[fe80::1]/", "https://[fd12:3456::1]/", "https://[::ffff:10.0.0.1]/",
                "https://224.0.0.1/", "https://198.18.0.1/", "https://[::10.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/",
                "https://[2002:a00:1::1]/", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/")) {
            String refusal = refusal(production, url);
            assertTrue(refusal.startsWith("resolves to ") && refusal.contains("allowlisted"), url + ": " + refusal);
        }
        assertTrue(refusal(production, "https://169.254.169.254/").contains("link-local"));
        assertTrue(refusal(production, "https://10.0.0.1/").contains("private"));
    }

    /** Numeric hosts that resolvers read differently are refused before any lookup, public or not. */
    @Test
    void ambiguousNumericHostsAreRefused() throws Exception {
        for (String url : List.of("https://0177.0.0.1/h", "https://2130706433/", "https://017700000001/",
                "https://203.0.113.010/hooks", "https://00203.0.113.10/hooks")) {
            String refusal = refusal(production, url);
            assertTrue(refusal.contains("a number that is not a plain IPv4 address"), url + ": " + refusal);
        }
        // Forms that java.net.URI does not even read a host from are refused as such.
        for (String url : List.of("https://0x7f.0.0.1/h", "https://127.1/h", "https://0x7f.1/h",
                "https://203.0.113.10./hooks", "https://1.2.3.4.5/hooks", "https://example.0x10/hooks")) {
            assertEquals("must name a host and no fragment", refusal(production, url), url);
        }
        assertTrue(ReceiverAddresses.isNonCanonicalNumeric("127.1"));
        assertTrue(ReceiverAddresses.isNonCanonicalNumeric("0x7f.0.0.1"));
        assertTrue(ReceiverAddresses.isNonCanonicalNumeric("203.0.113.10."));
        assertTrue(!ReceiverAddresses.isNonCanonicalNumeric("hooks.example.org")
                && !ReceiverAddresses.isNonCanonicalNumeric("1password.example.com"));
        assertEquals("203.0.113.10", production.check("https://203.0.113.10/hooks").address().getHostAddress());
        assertEquals("203.0.113.0", production.check("https://203.0.113.0/hooks").address().getHostAddress());
    }

    @Test
    void anAllowlistedNetworkIsCalledAndOnlyThatNetwork() throws Exception {
        ReceiverAddresses guard = new ReceiverAddresses(true, List.of("10.20.0.0/16", "fd00:1::/32"));
        assertEquals("10.20.3.4", guard.check("https://10.20.3.4/hooks").address().getHostAddress());
        guard.check("https://[fd00:1::5]/hooks");
        refusal(guard, "https://10.21.0.1/hooks");
        refusal(guard, "https://[fd00:2::5]/hooks");
    }

    @Test
    void credentialsFragmentsAndOtherSchemesAreRefused() {
        ReceiverAddresses dev = new ReceiverAddresses(false, List.of("127.0.0.0/8"));
        assertEquals("must not carry a user name or password", refusal(dev, "http://user:secret@127.0.0.1/hooks"));
        assertEquals("must be an http or https URL", refusal(dev, "ftp://127.0.0.1/hooks"));
        assertEquals("must name a host and no fragment", refusal(dev, "http://127.0.0.1/hooks#part"));
        assertEquals("is not a URL", refusal(dev, "http://127.0.0.1/ho oks"));
        assertEquals("names a port outside 1 to 65535", refusal(dev, "http://127.0.0.1:99999/hooks"));
        assertTrue(refusal(dev, "https://no-such-host.invalid/").contains("does not resolve"));
    }

    @Test
    void aMisconfiguredAllowlistStopsStartUpWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReceiverAddresses(true, List.of("10.0.0.0/40")));
        assertTrue(e.getMessage().contains("enforcement.webhooks.allowed-networks"), e.getMessage());
    }
}
