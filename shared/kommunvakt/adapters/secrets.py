"""The functions' secrets: SSM Parameter Store through Powertools parameters (cached), or
plain environment values for the local run."""

from __future__ import annotations

from kommunvakt.app.settings import Settings, SettingsError
from kommunvakt.domain.models import Platform


class _SecretSource:
    """Where a secret comes from (SSM or the environment), read the same way for all."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _ssm(self, name: str) -> str:
        # Imported on first use: the handshake path and a cold start without SSM stay cheap.
        from aws_lambda_powertools.utilities import parameters

        value = parameters.get_parameter(
            name, decrypt=True, max_age=self.settings.secrets_max_age_seconds
        )
        return str(value or "")

    def _per_platform(
        self,
        platform: Platform,
        *,
        env: tuple[str, str],
        parameter: tuple[str, str],
    ) -> str:
        """The Facebook value, or Instagram's own where one is configured: (facebook, instagram)
        pairs of environment values and of SSM parameter names."""
        instagram = platform is Platform.INSTAGRAM
        if self.settings.secrets_source == "env":
            return env[1] if instagram and env[1] else env[0]
        return self._ssm(parameter[1] if instagram and parameter[1] else parameter[0])


class WebhookSecrets(_SecretSource):
    def app_secret(self, platform: Platform) -> bytes:
        s = self.settings
        value = self._per_platform(
            platform,
            env=(s.meta_app_secret, s.instagram_app_secret),
            parameter=(s.meta_app_secret_parameter, s.instagram_app_secret_parameter),
        )
        if not value:
            raise SettingsError(f"no app secret configured for {platform.value}")
        return value.encode("utf-8")

    def verify_token(self) -> str:
        s = self.settings
        if s.secrets_source == "env":
            return s.meta_verify_token
        return self._ssm(s.meta_verify_token_parameter)


class ActionSecrets(_SecretSource):
    """The Page access token (and Instagram's, when it differs) for the action function, and
    the review page's signing key: SSM SecureString, cached like the webhook's secrets."""

    def page_token(self, platform: Platform) -> str:
        s = self.settings
        value = self._per_platform(
            platform,
            env=(s.page_token, s.instagram_token),
            parameter=(s.page_token_parameter, s.instagram_token_parameter),
        )
        if not value:
            raise SettingsError(f"no page access token configured for {platform.value}")
        return value

    def review_key(self) -> bytes:
        s = self.settings
        value = (
            s.review_signing_key if s.secrets_source == "env" else self._ssm(s.review_key_parameter)
        )
        if not value:
            raise SettingsError("no review signing key configured")
        return value.encode("utf-8")
