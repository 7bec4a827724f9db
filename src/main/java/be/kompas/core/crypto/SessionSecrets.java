package be.kompas.core.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Key material that must last as long as a web session (a user's unlocked private key, a reporter's open report key)
 * without ever being stored with the session. Sessions may be serialised into the database
 * ({@code kompas.sessions.jdbc=true}); whatever is put here is kept in the session only sealed with AES-256-GCM under
 * a random 256-bit session key-wrapping key that the server never stores: it lives in the browser alone, in the
 * cookie {@value #COOKIE} (HttpOnly, SameSite=Strict, Secure on HTTPS, path {@code /}, no expiry), set when the first
 * secret is sealed and sent back with every request. Each sealed value is bound by GCM associated data to its name
 * and to the session id, so it cannot be moved to another session or another name; {@link SessionSecretsFilter}
 * re-seals when the session id changes (login, second factor, a reporter's sign-in).
 * <p>
 * Without the cookie (another browser, cookie cleared, someone who reads the session table only) a sealed value does
 * not open and looks absent: the user unlocks again, the reporter signs in again. One wrapping key per session: a
 * cookie left over from an earlier session is not reused.
 */
@Component
public class SessionSecrets {

    /** The browser cookie that holds the session key-wrapping key. */
    public static final String COOKIE = "KOMPAS_KEYS";

    /** Session attribute names of sealed values start with this; nothing else is kept. */
    static final String ATTRIBUTE_PREFIX = "be.kompas.sealed.";

    /** The wrapping key chosen or read in this request (request attributes live in memory, never in the session). */
    private static final String REQUEST_KEY = SessionSecrets.class.getName() + ".key";

    private final Crypto crypto;
    private final boolean alwaysSecure;

    SessionSecrets(Crypto crypto, @Value("${server.servlet.session.cookie.secure:false}") boolean alwaysSecure) {
        this.crypto = crypto;
        this.alwaysSecure = alwaysSecure;
    }

    /** Seals {@code secret} into the current request's session (no-op outside a web request). */
    public void put(String name, byte[] secret) {
        var attributes = current();
        if (attributes != null && attributes.getResponse() != null) {
            put(attributes.getRequest(), attributes.getResponse(), name, secret);
        }
    }

    /** The secret sealed under {@code name} in the current request's session, if it is there and opens. */
    public Optional<byte[]> get(String name) {
        var attributes = current();
        return attributes == null ? Optional.empty() : get(attributes.getRequest(), name);
    }

    /** Whether something is sealed under {@code name}, whether or not this request can open it. */
    public boolean holds(String name) {
        var attributes = current();
        var session = attributes == null ? null : attributes.getRequest().getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE_PREFIX + name) != null;
    }

    public void remove(String name) {
        var attributes = current();
        var session = attributes == null ? null : attributes.getRequest().getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE_PREFIX + name);
        }
    }

    public void put(HttpServletRequest request, HttpServletResponse response, String name, byte[] secret) {
        HttpSession session = request.getSession(true);
        byte[] key = wrappingKey(request, session);
        if (key == null) {
            // First secret of this session, or the browser lost the key: a new one, and nothing old stays behind.
            Collections.list(session.getAttributeNames()).stream().filter(n -> n.startsWith(ATTRIBUTE_PREFIX))
                    .forEach(session::removeAttribute);
            key = crypto.newKey();
            request.setAttribute(REQUEST_KEY, key);
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(key), null).toString());
        }
        session.setAttribute(ATTRIBUTE_PREFIX + name, crypto.encrypt(key, secret, binding(session.getId(), name)));
    }

    public Optional<byte[]> get(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        byte[] key = requestKey(request);
        if (session == null || key == null) {
            return Optional.empty();
        }
        return open(key, session, session.getId(), name);
    }

    /** At logout: the browser forgets the wrapping key (the session's sealed values die with the session). */
    public void clear(HttpServletRequest request, HttpServletResponse response) {
        request.removeAttribute(REQUEST_KEY);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", java.time.Duration.ZERO).toString());
    }

    /** The session id changed from {@code oldId}: every sealed value this request can open is bound to the new id. */
    void rebind(HttpServletRequest request, String oldId) {
        HttpSession session = request.getSession(false);
        byte[] key = requestKey(request);
        if (session == null || key == null) {
            return;
        }
        for (String attribute : Collections.list(session.getAttributeNames())) {
            if (attribute.startsWith(ATTRIBUTE_PREFIX)) {
                String name = attribute.substring(ATTRIBUTE_PREFIX.length());
                open(key, session, oldId, name).ifPresent(secret -> session.setAttribute(attribute,
                        crypto.encrypt(key, secret, binding(session.getId(), name))));
            }
        }
    }

    private Optional<byte[]> open(byte[] key, HttpSession session, String sessionId, String name) {
        if (!(session.getAttribute(ATTRIBUTE_PREFIX + name) instanceof byte[] sealed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(crypto.decrypt(key, sealed, binding(sessionId, name)));
        } catch (CryptoException e) {
            return Optional.empty();
        }
    }

    /**
     * The wrapping key to seal with: the one of this request, else the cookie's if it opens what the session holds.
     * Null if the session holds nothing yet or the cookie does not open it: then a fresh key is due.
     */
    private byte @Nullable [] wrappingKey(HttpServletRequest request, HttpSession session) {
        if (request.getAttribute(REQUEST_KEY) instanceof byte[] chosen) {
            return chosen;
        }
        byte[] fromCookie = requestKey(request);
        if (fromCookie == null) {
            return null;
        }
        for (String attribute : Collections.list(session.getAttributeNames())) {
            if (attribute.startsWith(ATTRIBUTE_PREFIX)
                    && open(fromCookie, session, session.getId(), attribute.substring(ATTRIBUTE_PREFIX.length()))
                            .isPresent()) {
                return fromCookie;
            }
        }
        return null;
    }

    /** The key this request sealed with, else the one its cookie carries. */
    private static byte @Nullable [] requestKey(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_KEY) instanceof byte[] chosen) {
            return chosen;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                try {
                    byte[] key = Base64.getUrlDecoder().decode(cookie.getValue());
                    if (key.length == Crypto.KEY_LENGTH) {
                        return key;
                    }
                } catch (IllegalArgumentException e) {
                    // Not ours or damaged: as if there were no cookie.
                }
            }
        }
        return null;
    }

    /** GCM associated data: a sealed value opens only under its own name in its own session. */
    private static byte[] binding(String sessionId, String name) {
        return ("kompas-session-secret\0" + sessionId + "\0" + name).getBytes(StandardCharsets.UTF_8);
    }

    private ResponseCookie cookie(HttpServletRequest request, String value, java.time.@Nullable Duration maxAge) {
        var cookie = ResponseCookie.from(COOKIE, value).httpOnly(true).secure(alwaysSecure || request.isSecure())
                .sameSite("Strict").path("/");
        if (maxAge != null) {
            cookie.maxAge(maxAge);
        }
        return cookie.build();
    }

    private static @Nullable ServletRequestAttributes current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes : null;
    }
}
