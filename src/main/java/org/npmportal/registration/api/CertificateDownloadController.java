package org.npmportal.registration.api;

import org.npmportal.registration.CertificateService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's certificate through the link in their mail. Anything else (a wrong or expired link,
 * no certificate yet) is the same 404 problem, which tells nothing about whether the link exists.
 */
@RestController
class CertificateDownloadController {

    private final CertificateService certificates;

    CertificateDownloadController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/api/registrations/{token}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String token) {
        return certificates.download(token)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(file.filename()).build().toString())
                        .body(file.content()))
                .orElseThrow(CertificateNotFoundException::new);
    }
}
