from django.urls import path

from . import apis

urlpatterns = [
    path("claims/", apis.ClaimListCreateApi.as_view(), name="claim-list"),
    path("claims/<int:pk>/", apis.ClaimDetailApi.as_view(), name="claim-detail"),
    path("claims/<int:pk>/similar/", apis.ClaimSimilarApi.as_view(), name="claim-similar"),
    path("claims/<int:pk>/claimreview", apis.ClaimReviewApi.as_view(), name="claim-claimreview"),
    path("claimreview/", apis.ClaimReviewFeedApi.as_view(), name="claimreview-feed"),
    path("claimreview/import", apis.ClaimReviewImportApi.as_view(), name="claimreview-import"),
    path("statements/", apis.StatementListApi.as_view(), name="statement-list"),
    path("statements/<int:pk>/", apis.StatementDetailApi.as_view(), name="statement-detail"),
    path("statements/<int:pk>/claim/", apis.StatementClaimApi.as_view(), name="statement-claim"),
    path("links/", apis.LinkListApi.as_view(), name="link-list"),
    path("links/<int:pk>/confirm/", apis.LinkConfirmApi.as_view(), name="link-confirm"),
    path("links/<int:pk>/reject/", apis.LinkRejectApi.as_view(), name="link-reject"),
    path("reviews/", apis.ReviewListCreateApi.as_view(), name="review-list"),
    path("reviews/<int:pk>/", apis.ReviewDetailApi.as_view(), name="review-detail"),
    path("reviews/<int:pk>/publish/", apis.ReviewPublishApi.as_view(), name="review-publish"),
    path("match/", apis.MatchApi.as_view(), name="match"),
    path("follows/", apis.FollowListCreateApi.as_view(), name="follow-list"),
    path("follows/<int:pk>/", apis.FollowDetailApi.as_view(), name="follow-detail"),
    path("webhooks/", apis.WebhookListCreateApi.as_view(), name="webhook-list"),
    path("webhooks/<int:pk>/", apis.WebhookDetailApi.as_view(), name="webhook-detail"),
    path(
        "webhooks/<int:pk>/deliveries/",
        apis.WebhookDeliveryListApi.as_view(),
        name="webhook-deliveries",
    ),
]
