from django.urls import path

from . import apis

urlpatterns = [
    path("match/", apis.MatchApi.as_view(), name="match"),
]
