from django.urls import path

from . import apis

urlpatterns = [
    path("outlets/", apis.OutletListCreateApi.as_view(), name="outlet-list"),
    path("outlets/<int:pk>/", apis.OutletDetailApi.as_view(), name="outlet-detail"),
    path("actors/", apis.ActorListCreateApi.as_view(), name="actor-list"),
    path("actors/<int:pk>/", apis.ActorDetailApi.as_view(), name="actor-detail"),
    path("actors/<int:pk>/aliases/", apis.ActorAliasCreateApi.as_view(), name="actor-aliases"),
    path("articles/", apis.ArticleListCreateApi.as_view(), name="article-list"),
    path("articles/<int:pk>/", apis.ArticleDetailApi.as_view(), name="article-detail"),
    path("feeds/", apis.FeedListCreateApi.as_view(), name="feed-list"),
    path("feeds/<int:pk>/", apis.FeedDetailApi.as_view(), name="feed-detail"),
]
