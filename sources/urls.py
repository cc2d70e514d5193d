from django.urls import path

from . import apis

urlpatterns = [
    path("articles/", apis.ArticleListCreateApi.as_view(), name="article-list"),
    path("articles/<int:pk>/", apis.ArticleDetailApi.as_view(), name="article-detail"),
]
