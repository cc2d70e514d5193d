from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.permissions import AllowAny

from . import views

api_v1 = [
    path("", include("sources.urls")),
    path("", include("claims.urls")),
    # The contract is public: developers read it before they have a token.
    path("schema/", SpectacularAPIView.as_view(permission_classes=[AllowAny]), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerView.as_view(url_name="schema", permission_classes=[AllowAny]),
        name="api-docs",
    ),
]

urlpatterns = [
    # The address `make run` prints opens the reviewers' dashboard (after signing in).
    path("", RedirectView.as_view(pattern_name="dashboard:overview"), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("dashboard/", include("claims.dashboard.urls")),
    path("api/v1/", include(api_v1)),
]
