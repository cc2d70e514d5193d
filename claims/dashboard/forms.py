"""The dashboards' filter bar: read from and written back to the URL query string."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator

from sources.models import Outlet

from ..models import ClaimStatus
from .selectors import Filters

MAX_RANGE_DAYS = 366


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status"), *ClaimStatus.choices], label="Status"
    )
    language = forms.CharField(
        required=False,
        max_length=8,
        label="Language",
        validators=[
            RegexValidator(
                r"^[a-z]{2,3}$", "Give a language as a two- or three-letter code such as 'en'."
            )
        ],
        widget=forms.TextInput(attrs={"list": "languages", "size": 4, "autocomplete": "off"}),
    )
    outlet = forms.ModelChoiceField(
        required=False,
        queryset=Outlet.objects.only("pk", "name").order_by("name"),
        empty_label="Any outlet",
        label="Outlet",
        error_messages={"invalid_choice": "There is no such outlet; pick one from the list."},
    )
    since = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_language(self) -> str:
        return (self.cleaned_data.get("language") or "").strip().lower()

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until:
            if since > until:
                raise forms.ValidationError("The start date is after the end date.")
            if until - since > timedelta(days=MAX_RANGE_DAYS):
                raise forms.ValidationError(f"Choose a period of at most {MAX_RANGE_DAYS} days.")
        return data

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            status=data.get("status") or "",
            language=data.get("language") or "",
            outlet=data.get("outlet"),
            since=data.get("since"),
            until=data.get("until"),
        )

    @staticmethod
    def languages() -> list[str]:
        return list(settings.FACTDESK_LANGUAGES)


def query_string(filters: Filters, **extra) -> str:
    """The filters as a query string (without '?'), so that links keep the current view."""
    params = {
        "status": filters.status,
        "language": filters.language,
        "outlet": filters.outlet.pk if filters.outlet is not None else "",
        "since": filters.since.isoformat() if filters.since else "",
        "until": filters.until.isoformat() if filters.until else "",
        **extra,
    }
    return urlencode({k: v for k, v in params.items() if v not in ("", None)})
