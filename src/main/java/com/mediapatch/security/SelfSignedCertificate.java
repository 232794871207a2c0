package com.mediapatch.security;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import com.mediapatch.operations.DataDirectory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded default's certificate: an EC P-256 key and a self-signed certificate for the
 * configured host names, kept as PEM files in the data dir and made again when they are
 * missing, close to expiry or no longer name every host.
 */
final class SelfSignedCertificate {

    static final String CERTIFICATE_FILE = "self-signed-certificate.pem";
    static final String PRIVATE_KEY_FILE = "self-signed-private-key.pem";
    private static final Duration VALIDITY = Duration.ofDays(397);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:]*");

    private final Path directory;
    private final List<String> hosts;
    private final Clock clock;

    SelfSignedCertificate(Path directory, List<String> hosts, Clock clock) {
        this.directory = directory;
        this.hosts = List.copyOf(hosts);
        this.clock = clock;
    }

    Path certificate() {
        return directory.resolve(CERTIFICATE_FILE);
    }

    Path privateKey() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    /** Makes the certificate unless a usable one is already there; true if it made one. */
    boolean ensure() {
        try {
            if (Files.exists(certificate()) && Files.exists(privateKey()) && stillGood(read())) {
                return false;
            }
            write();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the self-signed certificate in " + directory, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make the self-signed certificate", e);
        }
    }

    X509Certificate read() throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(certificate())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private boolean stillGood(X509Certificate certificate) throws GeneralSecurityException {
        boolean fresh = certificate.getNotAfter().toInstant().isAfter(clock.instant().plus(RENEW_BEFORE));
        var names = certificate.getSubjectAlternativeNames();
        List<String> named = names == null ? List.of() : names.stream().map(name -> String.valueOf(name.get(1))).toList();
        return fresh && hosts.stream().allMatch(host -> named.stream().anyMatch(host::equalsIgnoreCase)
                || named.stream().anyMatch(name -> sameAddress(name, host)));
    }

    private void write() throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair keys = generator.generateKeyPair();
        Instant now = clock.instant();
        X500Name subject = new X500Name("CN=" + hosts.get(0) + ",O=The Media Patch (self-signed)");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(127, new SecureRandom()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, keys.getPublic())
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(hosts.stream().map(SelfSignedCertificate::name)
                        .toArray(GeneralName[]::new)))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        Files.createDirectories(directory);
        Files.writeString(certificate(), pem(certificate));
        Files.deleteIfExists(privateKey());
        DataDirectory.createOwnerOnlyFile(privateKey());
        Files.writeString(privateKey(), pem(new JcaPKCS8Generator(keys.getPrivate(), null)));
    }

    private static GeneralName name(String host) {
        return IP_ADDRESS.matcher(host).matches() ? new GeneralName(GeneralName.iPAddress, host)
                : new GeneralName(GeneralName.dNSName, host);
    }

    private static boolean sameAddress(String named, String host) {
        try {
            return IP_ADDRESS.matcher(host).matches()
                    && InetAddress.getByName(named).equals(InetAddress.getByName(host));
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }
}
