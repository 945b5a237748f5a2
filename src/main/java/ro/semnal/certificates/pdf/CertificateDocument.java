package ro.semnal.certificates.pdf;

/**
 * Everything printed on a certificate, already in the holder's language ({@code primary}) with the other
 * language as subtitles ({@code secondary}). {@code signatureImage} may be null.
 */
public record CertificateDocument(String code, String holderName, String verifyUrl, String issuerName,
        String issuerRole, byte[] signatureImage, String languageTag, Texts primary, Texts secondary) {

    /** The texts of one language. */
    public record Texts(String programme, String heading, String certifies, String completed, String courseTitle,
            String hours, String completedOn, String validUntil, String codeLabel, String verifyAt, String documentTitle) {
    }

}
