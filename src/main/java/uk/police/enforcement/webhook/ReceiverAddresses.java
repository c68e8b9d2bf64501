package uk.police.enforcement.webhook;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * The SSRF guard: which URLs the service may POST to. Only https (plain http when configured for dev and
 * tests), no credentials in the URL, and a host whose every address is public unless its network is
 * allowlisted. Checked on registration and again before each delivery, which then connects to the very
 * address checked here, so a name that re-resolves elsewhere (DNS rebinding) cannot move a delivery inside.
 */
@ApplicationScoped
public class ReceiverAddresses {

    /** Why a URL or its address may not be called; the message is fit to show the supervisor. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The receiver to call: the URL and the address checked for it. */
    record Receiver(URI url, InetAddress address) {

        boolean https() {
            return url.getScheme().equalsIgnoreCase("https");
        }

        int port() {
            return url.getPort() != -1 ? url.getPort() : https() ? 443 : 80;
        }

        String pathAndQuery() {
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        }
    }

    private record Network(byte[] prefix, int bits) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            int shift = bytes.length * 8 - bits;
            return new BigInteger(1, bytes).shiftRight(shift).equals(new BigInteger(1, prefix).shiftRight(shift));
        }
    }

    private final boolean requireHttps;
    private final List<Network> allowed;

    @Inject
    public ReceiverAddresses(EnforcementConfig config) {
        this(config.webhooks().requireHttps(), config.webhooks().allowedNetworks().orElse(List.of()));
    }

    ReceiverAddresses(boolean requireHttps, List<String> allowedNetworks) {
        this.requireHttps = requireHttps;
        this.allowed = allowedNetworks.stream().map(ReceiverAddresses::network).toList();
    }

    /** The URL, parsed and its host resolved and checked. */
    Receiver check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw new Refused(requireHttps ? "must be an https URL" : "must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getRawFragment() != null) {
            throw new Refused("must name a host and no fragment");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new Refused("names a port outside 1 to 65535");
        }
        if (isNonCanonicalNumeric(uri.getHost())) {
            throw new Refused("names the host " + uri.getHost() + ", a number that is not a plain IPv4 address (four "
                    + "decimal parts, no leading zeros): resolvers disagree on what such forms mean");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("names a host that does not resolve (" + uri.getHost() + ")");
        }
        // Every address must pass: a name that resolves to a public and an internal address is refused.
        for (InetAddress address : addresses) {
            String internal = internalKind(address);
            if (internal != null && allowed.stream().noneMatch(network -> network.contains(address))) {
                throw new Refused("resolves to " + address.getHostAddress() + ", " + internal + " address, which the "
                        + "service does not call unless its network is allowlisted (enforcement.webhooks.allowed-networks)");
            }
        }
        return new Receiver(uri, addresses[0]);
    }

    /**
     * Whether {@code host} is read as an IPv4 number (its last label is a number, as the WHATWG URL standard has
     * it) without being the one unambiguous form. Java reads 0177.0.0.1 as 177.0.0.1 where glibc and curl read
     * 127.0.0.1 (octal), and 127.1, 0x7f.1 or 2130706433 mean 127.0.0.1 to some and a name to others: the check
     * and the call must not disagree.
     */
    static boolean isNonCanonicalNumeric(String host) {
        if (host.startsWith("[")) {
            return false; // an IPv6 literal: one reading only
        }
        String[] labels = host.split("\\.", -1);
        String last = labels[labels.length - 1].isEmpty() && labels.length > 1 ? labels[labels.length - 2]
                : labels[labels.length - 1];
        if (!NUMERIC_LABEL.matcher(last).matches()) {
            return false; // a name
        }
        if (labels.length != 4) {
            return true;
        }
        for (String label : labels) {
            if (!DECIMAL_OCTET.matcher(label).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMERIC_LABEL = java.util.regex.Pattern.compile("(?i)[0-9]+|0x[0-9a-f]*");
    private static final java.util.regex.Pattern DECIMAL_OCTET =
            java.util.regex.Pattern.compile("0|[1-9][0-9]?|1[0-9][0-9]|2[0-4][0-9]|25[0-5]");

    /** What kind of internal address this is, or null for a public one. */
    static String internalKind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            // IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are as internal as it is.
            byte[] v4 = isMappedV4(b) || startsWith(b, new byte[12]) || startsWith(b, NAT64)
                    ? Arrays.copyOfRange(b, 12, 16)
                    : b[0] == 0x20 && b[1] == 0x02 ? Arrays.copyOfRange(b, 2, 6) : null;
            if (v4 != null) {
                try {
                    String kind = internalKind(InetAddress.getByAddress(v4));
                    return kind != null ? kind : isMappedV4(b) ? null : "an IPv4-embedding";
                } catch (UnknownHostException e) {
                    return "an unusable";
                }
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
                return "a Teredo tunnel";
            }
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "a private";
        }
        if (address.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))) {
                return "a reserved or shared";
            }
        } else if ((b[0] & 0xfe) == 0xfc) {
            return "a private (unique local)";
        }
        return null;
    }

    private static final byte[] NAT64 = { 0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 };

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static Network network(String cidr) {
        String[] parts = cidr.trim().split("/");
        try {
            byte[] prefix = InetAddress.getByName(parts[0]).getAddress();
            int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : prefix.length * 8;
            if (bits < 0 || bits > prefix.length * 8) {
                throw new IllegalArgumentException();
            }
            return new Network(prefix, bits);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new IllegalArgumentException("enforcement.webhooks.allowed-networks: " + cidr
                    + " is not a network in CIDR notation (e.g. 10.20.0.0/16)");
        }
    }
}
