"""The webhook's secrets: SSM Parameter Store through Powertools parameters (cached), or
plain environment values for the local run."""

from __future__ import annotations

from kommunvakt.app.settings import Settings, SettingsError
from kommunvakt.domain.models import Platform


class WebhookSecrets:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _ssm(self, name: str) -> str:
        # Imported on first use: the handshake path and a cold start without SSM stay cheap.
        from aws_lambda_powertools.utilities import parameters

        value = parameters.get_parameter(
            name, decrypt=True, max_age=self.settings.secrets_max_age_seconds
        )
        return str(value or "")

    def app_secret(self, platform: Platform) -> bytes:
        s = self.settings
        if s.secrets_source == "env":
            value = s.meta_app_secret
            if platform is Platform.INSTAGRAM and s.instagram_app_secret:
                value = s.instagram_app_secret
        else:
            name = s.meta_app_secret_parameter
            if platform is Platform.INSTAGRAM and s.instagram_app_secret_parameter:
                name = s.instagram_app_secret_parameter
            value = self._ssm(name)
        if not value:
            raise SettingsError(f"no app secret configured for {platform.value}")
        return value.encode("utf-8")

    def verify_token(self) -> str:
        s = self.settings
        if s.secrets_source == "env":
            return s.meta_verify_token
        return self._ssm(s.meta_verify_token_parameter)


class ActionSecrets:
    """The Page access token (and Instagram's, when it differs) for the action function, and
    the review page's signing key: SSM SecureString, cached like the webhook's secrets."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _ssm(self, name: str) -> str:
        from aws_lambda_powertools.utilities import parameters

        value = parameters.get_parameter(
            name, decrypt=True, max_age=self.settings.secrets_max_age_seconds
        )
        return str(value or "")

    def page_token(self, platform: Platform) -> str:
        s = self.settings
        if s.secrets_source == "env":
            value = s.page_token
            if platform is Platform.INSTAGRAM and s.instagram_token:
                value = s.instagram_token
        else:
            name = s.page_token_parameter
            if platform is Platform.INSTAGRAM and s.instagram_token_parameter:
                name = s.instagram_token_parameter
            value = self._ssm(name)
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
