# Build and publish the app; the runtime image carries only the published output.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Boona.sln ./
COPY Boona.Domain/Boona.Domain.csproj Boona.Domain/
COPY Boona.Infrastructure/Boona.Infrastructure.csproj Boona.Infrastructure/
COPY Boona.Web/Boona.Web.csproj Boona.Web/
RUN dotnet restore Boona.Web/Boona.Web.csproj
COPY Boona.Domain/ Boona.Domain/
COPY Boona.Infrastructure/ Boona.Infrastructure/
COPY Boona.Web/ Boona.Web/
RUN dotnet publish Boona.Web/Boona.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Boona.Web.dll"]
