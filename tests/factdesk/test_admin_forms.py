import warnings

import pytest
from django.contrib import admin
from django.test import RequestFactory


@pytest.mark.django_db
def test_every_admin_form_builds_without_deprecation_warnings(admin_user):
    request = RequestFactory().get("/")
    request.user = admin_user
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        warnings.simplefilter("error", PendingDeprecationWarning)
        from django.utils.deprecation import RemovedInDjango60Warning

        warnings.simplefilter("error", RemovedInDjango60Warning)
        for model, model_admin in admin.site._registry.items():
            form = model_admin.get_form(request)()
            assert form.fields is not None, model
            for inline in model_admin.get_inline_instances(request):
                inline.get_formset(request)


def test_a_url_typed_without_a_scheme_is_read_as_https():
    from sources.admin import FeedAdmin
    from sources.models import Feed

    request = RequestFactory().get("/")
    form_class = FeedAdmin(Feed, admin.site).get_form(request, fields=["url"])
    assert (
        form_class(data={"url": "example.org/feed.xml"}).fields["url"].clean("example.org/feed.xml")
        == "https://example.org/feed.xml"
    )
