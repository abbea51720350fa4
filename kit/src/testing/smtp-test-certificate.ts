/**
 * A self-signed certificate for localhost / 127.0.0.1 (P-256, valid until 2126) that only the
 * SMTP tests use, so STARTTLS and smtps:// run over real, verified TLS without network access.
 * It protects nothing: never trust it outside these tests.
 */
export const TEST_TLS_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBmzCCAUGgAwIBAgIUFAqBZjMM5k7Qjr/AM1Qta8Grf4kwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyMjAyNDM0NVoYDzIxMjYxMDI5
MDI0MzQ1WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATlY5KAm+7Fy0qk+LEOKBqejgUT4x10tkwpmIL3uP2sBNVoJzR4hcrt
vPHULSZZ9TuFRL6MrcUu7X8kgO+qYsYJo28wbTAdBgNVHQ4EFgQUuG8ittK9q+1S
FpVq5lq/jbXpDScwHwYDVR0jBBgwFoAUuG8ittK9q+1SFpVq5lq/jbXpDScwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDSAAwRQIgC3iAQt5WclLrMrMDojG3Kl4aZPjhdfbgmo+8QcTmN/MCIQDY
A4+Mv1FkpxN34BZvW4EsRzKJJefJV/z5qLOQqMyyqQ==
-----END CERTIFICATE-----`;

export const TEST_TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgUGDEdfhucpCXBGvY
pQyjNLNogLtMBSVJiOkx12HMAyahRANCAATlY5KAm+7Fy0qk+LEOKBqejgUT4x10
tkwpmIL3uP2sBNVoJzR4hcrtvPHULSZZ9TuFRL6MrcUu7X8kgO+qYsYJ
-----END PRIVATE KEY-----`;
