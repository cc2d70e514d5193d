from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("figures/", views.overview_figures, name="overview-figures"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/follow/", views.claim_follow, name="claim-follow"),
    path("queue/", views.queue, name="queue"),
    path("queue/count/", views.queue_count, name="queue-count"),
    path(
        "queue/<int:pk>/confirm/",
        views.queue_review,
        {"decision": "confirm"},
        name="queue-confirm",
    ),
    path(
        "queue/<int:pk>/reject/",
        views.queue_review,
        {"decision": "reject"},
        name="queue-reject",
    ),
    path("actors/<int:pk>/", views.actor_detail, name="actor"),
]
